import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/lib/forms/form-errors.ts';
import { itemsFromText, provinceProfileInput } from '../../../src/lib/province-profiles/profile-input.ts';
import { resolveProfile } from '../../../src/lib/province-profiles/resolved-profile.ts';

const now = new Date('2026-06-30T12:00:00Z');
const valid = { kernprofiel: 'Energie\nOnderwijs', ontwikkelkansen: 'ICT', bron_soort: 'provincie', bron_omschrijving: 'Provincie Groningen, ontwikkelprofiel juni 2026', bron_url: '', bijgewerkt_op: '2026-06-30' };

describe('province profile input', () => {
  it('reads one item per line, dropping empty lines and list markers', () => {
    expect(itemsFromText('- Energie\r\n\n  * Onderwijs  \n2. Zorg\n• Havens\n2026 was een goed jaar')).toEqual(['Energie', 'Onderwijs', 'Zorg', 'Havens', '2026 was een goed jaar']);
  });

  it('accepts a profile supplied by the province; an empty URL becomes null', () => {
    expect(provinceProfileInput(now).parse(valid)).toEqual({ ...valid, kernprofiel: ['Energie', 'Onderwijs'], ontwikkelkansen: ['ICT'], bron_url: null });
  });

  it('explains every wrong field in Dutch', () => {
    const result = provinceProfileInput(now).safeParse({ kernprofiel: '\n \n', ontwikkelkansen: Array.from({ length: 11 }, (_, i) => `kans ${i}`).join('\n'), bron_soort: 'wikipedia', bron_omschrijving: 'x', bron_url: 'javascript:alert(1)', bijgewerkt_op: '2026-07-01' });
    expect(fieldErrors(result.error!)).toEqual({
      kernprofiel: 'Vul bij het kernprofiel minstens één regel in.',
      ontwikkelkansen: 'Geef bij de ontwikkelkansen hoogstens 10 regels.',
      bron_soort: 'Kies wie de tekst heeft geschreven.',
      bron_omschrijving: 'Beschrijf de bron (bijvoorbeeld: Provincie Groningen, ontwikkelprofiel juni 2025).',
      bron_url: 'Vul een webadres in dat begint met https:// of http://, of laat het leeg.',
      bijgewerkt_op: 'De datum ligt in de toekomst.',
    });
  });
});

describe('which profile a province page shows', () => {
  const content = { kernprofiel: ['a', 'b', 'c'], ontwikkelkansen: ['d', 'e', 'f'], bijgewerkt: '2026-11-29' };
  it('shows our own summary, labelled as ours, when nothing was kept', () => {
    expect(resolveProfile(undefined, content)).toEqual({ kernprofiel: ['a', 'b', 'c'], ontwikkelkansen: ['d', 'e', 'f'], bronSoort: 'eigen-samenvatting', bronOmschrijving: null, bronUrl: null, bijgewerktOp: '2026-11-29', versie: null });
    expect(resolveProfile(null, undefined)).toBeNull();
  });
  it('prefers the latest kept version', () => {
    const kept = { id: 1, provincie_code: 'PV20', versie: 3, kernprofiel: 'x\ny', ontwikkelkansen: 'z', bron_soort: 'provincie' as const, bron_omschrijving: 'Provincie Groningen', bron_url: 'https://www.provinciegroningen.nl/', bijgewerkt_op: '2026-05-01', vastgelegd_door: 'a', vastgelegd_op: new Date() };
    expect(resolveProfile(kept, content)).toEqual({ kernprofiel: ['x', 'y'], ontwikkelkansen: ['z'], bronSoort: 'provincie', bronOmschrijving: 'Provincie Groningen', bronUrl: 'https://www.provinciegroningen.nl/', bijgewerktOp: '2026-05-01', versie: 3 });
  });
});
