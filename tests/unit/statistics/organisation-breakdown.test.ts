import { describe, expect, it } from 'vitest';
import type { EmploymentRow } from '../../../src/lib/statistics/employment-row.ts';
import { organisationBreakdown, type OrganisationInfo } from '../../../src/lib/statistics/organisation-breakdown.ts';

const row = (organisatieCode: string, provincieCode: string, coropCode: string | null, fte: number, sector: EmploymentRow['sector'] = 'ministerie'): EmploymentRow => ({ organisatieCode, sector, provincieCode, gemeenteCode: coropCode ? 'GM0001' : null, coropCode, fte });
const organisations = new Map<string, OrganisationInfo>([
  ['duo', { code: 'duo', naam: 'DUO', ministerieCode: 'ocw' }],
  ['ocw', { code: 'ocw', naam: 'OCW', ministerieCode: 'ocw' }],
  ['rvo', { code: 'rvo', naam: 'RVO', ministerieCode: 'ez' }],
]);
const previous = [row('duo', 'PV20', 'CR03', 1000.1), row('ocw', 'PV28', 'CR29', 300), row('rvo', 'PV26', 'CR17', 400)];
const current = [row('duo', 'PV20', 'CR03', 1100.2), row('duo', 'PV28', 'CR29', 50), row('ocw', 'PV28', 'CR29', 290), row('rvo', 'PV26', 'CR17', 400), row('rvo', 'PV20', null, 10)];
const none = { regio: null, ministerie: null, organisatie: null, sector: null };

describe('organisationBreakdown', () => {
  it('sums per organisation and per ministry, largest first, with the change (exact tenths)', () => {
    const b = organisationBreakdown(current, previous, organisations, none);
    expect(b.totaal).toEqual({ code: 'totaal', fte: 1850.2, vorigeFte: 1700.1, verschil: 150.1 });
    expect(b.perOrganisatie).toEqual([
      { code: 'duo', fte: 1150.2, vorigeFte: 1000.1, verschil: 150.1 },
      { code: 'rvo', fte: 410, vorigeFte: 400, verschil: 10 },
      { code: 'ocw', fte: 290, vorigeFte: 300, verschil: -10 },
    ]);
    expect(b.perMinisterie.map((m) => [m.code, m.fte, m.verschil])).toEqual([['ocw', 1440.2, 140.1], ['ez', 410, 10]]);
  });

  it('restricts to a province or a COROP region, and shows where a ministry is per province and COROP', () => {
    const groningen = organisationBreakdown(current, previous, organisations, { ...none, regio: 'PV20' });
    expect(groningen.perOrganisatie.map((o) => [o.code, o.fte, o.verschil])).toEqual([['duo', 1100.2, 100.1], ['rvo', 10, 10]]);
    const corop = organisationBreakdown(current, previous, organisations, { ...none, regio: 'CR03' });
    expect(corop.totaal.fte).toBe(1100.2);
    const ocw = organisationBreakdown(current, previous, organisations, { ...none, ministerie: 'ocw' });
    expect(ocw.perProvincie).toEqual([
      { code: 'PV20', fte: 1100.2, vorigeFte: 1000.1, verschil: 100.1 },
      { code: 'PV28', fte: 340, vorigeFte: 300, verschil: 40 },
    ]);
    // Rows that only name a province are in no COROP line.
    expect(organisationBreakdown(current, previous, organisations, { ...none, organisatie: 'rvo' }).perCorop).toEqual([{ code: 'CR17', fte: 400, vorigeFte: 400, verschil: 0 }]);
  });

  it('has no change without a previous inventory, and zero lines for an empty selection', () => {
    const b = organisationBreakdown(current, null, organisations, { ...none, sector: 'politie' });
    expect(b.totaal).toEqual({ code: 'totaal', fte: 0, vorigeFte: null, verschil: null });
    expect(b.perOrganisatie).toEqual([]);
    expect(organisationBreakdown(current, null, organisations, none).perOrganisatie[0]).toEqual({ code: 'duo', fte: 1150.2, vorigeFte: null, verschil: null });
  });
});
