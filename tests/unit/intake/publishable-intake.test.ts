import { describe, expect, it } from 'vitest';
import type { PublishedCell } from '../../../src/lib/disclosure/index.ts';
import { INTAKE_DEFINITIONS, definitionText } from '../../../src/lib/intake/definitions.ts';
import {
  isDerivableSum,
  publishFunnelRows,
  publishLocalIntake,
  publishOriginMatrix,
  publishRepresentation,
  publishSelectionRates,
} from '../../../src/lib/intake/publishable-intake.ts';
import { compareSelectionRates } from '../../../src/lib/intake/selection-rate.ts';
import { wilsonInterval } from '../../../src/lib/statistics/wilson-interval.ts';

const show = (cells: readonly PublishedCell[] | Record<string, PublishedCell>) => Object.values(cells).map((c) => c.display);
const v = (value: number): PublishedCell => ({ kind: 'value', value, display: String(value) });
const h: PublishedCell = { kind: 'suppressed', reason: 'primair', display: '<10', explanation: '', explanationEn: '' };
const region = (code: string) => ({ code, naam: code });
const funnelRow = (code: string, s: number, g: number, a: number, n: number) => ({ region: region(code), counts: { sollicitatie: s, gesprek: g, aanbod: a, aangenomen: n } });

describe('isDerivableSum', () => {
  it('allows a sum of visible cells, or the total minus visible cells, and nothing that splits hidden cells', () => {
    expect(isDerivableSum([v(1), h, h, v(4)], v(20), [3])).toBe(true);
    expect(isDerivableSum([v(1), h, h, v(4)], v(20), [1, 2, 3])).toBe(true);
    expect(isDerivableSum([v(1), h, h, v(4)], h, [1, 2, 3])).toBe(false);
    expect(isDerivableSum([v(1), h, h, v(4)], v(20), [2, 3])).toBe(false);
  });
});

describe('publishFunnelRows', () => {
  const published = publishFunnelRows([funnelRow('P1', 200, 100, 50, 45), funnelRow('P2', 300, 150, 80, 60), funnelRow('onbekend', 40, 12, 0, 0)]);

  it('suppresses the additive table of end stages and shows reached counts only where derivable', () => {
    expect(published.table.cells.map((row) => show(row))).toEqual([
      ['100', '50', '<10', '…'],
      ['150', '70', '…', '…'],
      ['30', '10', '0', '0'],
    ]);
    // P1 reached "aanbod" = 200 − 100 − 50 can be read from the table; "aangenomen" would reveal the hidden pair.
    expect(show(published.rows[0]!.reached)).toEqual(['200', '100', '50', '…']);
    expect(show(published.rows[0]!.rates)).toEqual(['50%', '25%', '…']);
    expect(show(published.total.reached)).toEqual(['540', '260', '130', '105']);
    expect(show(published.total.rates)).toEqual(['49%', '24%', '19%']);
  });

  it('hides every rate of a group with fewer than 50 applicants, and keeps the unknown region as a row', () => {
    expect(published.rows[2]!.region.code).toBe('onbekend');
    expect(show(published.rows[2]!.reached)).toEqual(['40', '10', '0', '0']);
    expect(published.rows[2]!.rates.gesprek).toMatchObject({ kind: 'suppressed', reason: 'noemer' });
  });
});

describe('other publications', () => {
  it('suppresses the origin matrix with margins', () => {
    const m = publishOriginMatrix({
      fase: 'sollicitatie',
      rows: [region('PV20'), region('onbekend')],
      columns: [region('PV20'), region('PV28')],
      counts: [[120, 4], [30, 26]],
      rowTotals: [124, 56],
      columnTotals: [150, 30],
      total: 180,
      containsDemo: false,
    });
    // In a 2 × 2 table one small cell can only be protected by hiding all four; the margins stay.
    expect(m.cells.map((row) => show(row))).toEqual([['…', '<10'], ['…', '…']]);
    expect(show(m.rowTotals)).toEqual(['125', '55']);
    expect(m.definition).toBe(INTAKE_DEFINITIONS.herkomst);
  });

  it('shows local shares only when their numerator is publishable', () => {
    const counts = (total: number, sameProvince: number, sameCorop: number, unknownHome: number) => ({
      total, sameProvince, sameCorop, unknownHome, shareSameProvince: wilsonInterval(sameProvince, total), shareSameCorop: wilsonInterval(sameCorop, total),
    });
    const local = publishLocalIntake({
      fase: 'aangenomen',
      rows: [{ region: region('PV20'), ...counts(100, 60, 40, 5) }, { region: region('PV28'), ...counts(30, 20, 20, 0) }],
      total: { region: region('totaal'), ...counts(130, 80, 60, 5) },
      containsDemo: false,
    });
    // PV20 = 40 same COROP, 20 same province elsewhere, 35 other province, 5 unknown: the 5 is hidden, and with it the 20.
    expect(local.table.cells.map((row) => show(row))).toEqual([['40', '…', '35', '<10'], ['20', '0', '10', '0']]);
    expect(show(local.table.columnTotals)).toEqual(['60', '…', '45', '<10']);
    // 60% from the same province would give the hidden 20 away; 40% from the same COROP is a shown cell.
    expect([local.rows[0]!.shareSameProvince.display, local.rows[0]!.shareSameCorop.display]).toEqual(['…', '40%']);
    expect(local.rows[1]!.shareSameProvince).toMatchObject({ kind: 'suppressed', reason: 'noemer' });
    expect([local.total.shareSameProvince.display, local.total.shareSameCorop.display]).toEqual(['…', '46%']);
  });

  it('publishes a representation index with 2 decimals only for shown counts', () => {
    const row = (code: string, applicants: number, share: number) => ({
      region: region(code), applicants, hires: 0, labourForce: 0, applicantShare: 0, hireShare: 0, labourForceShare: share, applicantIndex: applicants / 120 / share, hireIndex: null,
    });
    const r = publishRepresentation({
      labourForceYear: 2022,
      rows: [row('PV20', 100, 0.5), row('PV21', 20, 0.5)],
      unknown: { applicants: 3, hires: 0 },
      totals: { applicants: 120, hires: 0, labourForce: 0 },
      containsDemo: false,
    });
    // The unknown region's 3 is hidden, so one more item must go: PV21's 20, and with it its index.
    expect(show(r.applicants.items.map((i) => i.cell))).toEqual(['100', '…', '<10']);
    expect(r.rows.map((x) => x.applicantIndex.display)).toEqual(['1,67', '…']);
    expect(r.rows[0]!.hireIndex).toMatchObject({ kind: 'suppressed', reason: 'noemer' });
  });

  it('shows ratio, p-value and verdict only where both rates may be shown', () => {
    const stage = compareSelectionRates('gesprek', [
      { region: region('A'), applicants: 100, selected: 30 },
      { region: region('C'), applicants: 200, selected: 20 },
      { region: region('B'), applicants: 40, selected: 12 },
    ]);
    const p = publishSelectionRates({ stages: [stage], containsDemo: true });
    expect(p.stages[0]!.groups.map((g) => [g.rate.display, g.ratio.display, g.pValue.display, g.verdict])).toEqual([
      ['30%', '1,00', '…', 'referentie'],
      ['10%', '0,33', '< 0,001', 'onder-vier-vijfde-significant'],
      ['…', '…', '…', 'te-weinig-waarnemingen'],
    ]);
    expect(p.containsDemo).toBe(true);
  });
});

describe('definitions', () => {
  it('describe cohort, numerator and denominator in Dutch for every indicator', () => {
    for (const definition of Object.values(INTAKE_DEFINITIONS)) {
      expect(definition.cohort.length).toBeGreaterThan(20);
      expect(definition.teller.length).toBeGreaterThan(20);
    }
    expect(definitionText('doorstroom')).toContain('Noemer: Aantal sollicitaties van dezelfde groep.');
    expect(definitionText('trechter')).toContain('Onbekend');
  });
});
