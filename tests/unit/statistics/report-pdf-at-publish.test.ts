import { describe, expect, it, vi } from 'vitest';
import { publishPdfNotice, reportVersionPageUrl, storeReportPdfAtPublish } from '../../../src/lib/statistics/report-pdf-at-publish.ts';

const snapshot = { id: 17, peildatum: '2025-01-01' };

describe('storeReportPdfAtPublish', () => {
  it('prints the version page of the published snapshot and reports it stored', async () => {
    const print = vi.fn(async () => ({ ok: true as const, pdf: Buffer.from('%PDF-'), cached: false }));
    expect(await storeReportPdfAtPublish({ dataDir: '/d', origin: 'http://127.0.0.1:4321', snapshot, print })).toEqual({ status: 'gemaakt' });
    expect(print).toHaveBeenCalledWith({ dataDir: '/d', jaar: 2025, snapshotId: 17, pageUrl: 'http://127.0.0.1:4321/cijfers/rapportage/2025/snapshot-17' });
  });

  it('says why when there is no PDF (no Chromium) and never throws, also when Chromium crashes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const missing = async () => ({ ok: false as const, reason: 'Chromium is niet geïnstalleerd' });
    expect(await storeReportPdfAtPublish({ dataDir: '/d', origin: 'http://x', snapshot, print: missing })).toEqual({ status: 'niet-gemaakt', reason: 'Chromium is niet geïnstalleerd' });
    const crash = async () => {
      throw new Error('Target closed\nstack');
    };
    expect(await storeReportPdfAtPublish({ dataDir: '/d', origin: 'http://x', snapshot, print: crash })).toEqual({ status: 'niet-gemaakt', reason: 'Chromium gaf een fout: Target closed' });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('stops waiting after the bound and leaves the printing running', async () => {
    let finish: () => void = () => undefined;
    const slow = () => new Promise<{ ok: true; pdf: Buffer; cached: boolean }>((resolve) => { finish = () => resolve({ ok: true, pdf: Buffer.from(''), cached: false }); });
    expect(await storeReportPdfAtPublish({ dataDir: '/d', origin: 'http://x', snapshot, print: slow, waitMs: 10 })).toEqual({ status: 'bezig' });
    finish();
  });
});

describe('reportVersionPageUrl and publishPdfNotice', () => {
  it('builds the permanent version path and a Dutch sentence per outcome', () => {
    expect(reportVersionPageUrl('https://rijkinderegio.example', '2024-01-01', 3)).toBe('https://rijkinderegio.example/cijfers/rapportage/2024/snapshot-3');
    expect(publishPdfNotice('gemaakt')).toContain('gemaakt en bewaard');
    expect(publishPdfNotice('niet-gemaakt')).toContain('De publicatie zelf staat.');
    expect(publishPdfNotice('iets')).toBeNull();
    expect(publishPdfNotice(null)).toBeNull();
  });
});
