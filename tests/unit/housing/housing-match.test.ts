import { describe, expect, it } from 'vitest';
import { currentHousingByProvince } from '../../../src/lib/housing/current-housing.ts';
import { matchRegions } from '../../../src/lib/housing/housing-match.ts';
import { MATCH_WEIGHTS } from '../../../src/lib/housing/housing-vocabulary.ts';
import type { MatchContext, MatchQuestion } from '../../../src/lib/housing/match-context.ts';
import { scenarioUrl } from '../../../src/lib/housing/scenario-link.ts';
import type { EmploymentRow } from '../../../src/lib/statistics/employment-row.ts';

// Municipalities on one meridian: 0.1° latitude ≈ 11.12 km. P1 is "Randstad", P2 and P3 are not.
const g = (code: string, provincieCode: string, coropCode: string, lat: number) => ({ code, naam: `Gem ${code}`, provincieCode, coropCode, lat, lon: 5 });
const row = (organisatieCode: string, gemeenteCode: string, provincieCode: string, coropCode: string, fte: number): EmploymentRow => ({ organisatieCode, sector: 'ministerie', provincieCode, gemeenteCode, coropCode, fte });
const ctx: MatchContext = {
  snapshot: { id: 1, peildatum: '2025-01-01', versie: 1, isDemo: true, bron: 'test', gepubliceerdOp: '2025-03-01T00:00:00.000Z' },
  rows: [row('org', 'GM0001', 'P1', 'CR01', 100), row('ander', 'GM0001', 'P1', 'CR01', 400), row('ander', 'GM0003', 'P2', 'CR02', 250), row('org', 'GM0004', 'P3', 'CR03', 20.5)],
  municipalities: [g('GM0001', 'P1', 'CR01', 52.0), g('GM0002', 'P1', 'CR01', 52.1), g('GM0003', 'P2', 'CR02', 52.3), g('GM0004', 'P3', 'CR03', 53.0)],
  corop: [{ code: 'CR01', naam: 'Een', provincieCode: 'P1' }, { code: 'CR02', naam: 'Twee', provincieCode: 'P2' }, { code: 'CR03', naam: 'Drie', provincieCode: 'P3' }],
  provinces: [{ code: 'P1', naam: 'Randland' }, { code: 'P2', naam: 'Middenland' }, { code: 'P3', naam: 'Noordland' }],
  hubs: [{ plaats: 'Drie-stad', gemeenteCode: 'GM0004', status: 'open' }, { plaats: 'Twee-stad', gemeenteCode: 'GM0003', status: 'gepland' }],
  labourForce: new Map([['P1', { waarde: 1000, jaar: 2023 }], ['P2', { waarde: 500, jaar: 2023 }], ['P3', { waarde: 250, jaar: 2023 }]]),
  perThousand: new Map([['P1', { waarde: 10, jaar: 2024 }], ['P2', { waarde: 5, jaar: 2024 }], ['P3', { waarde: 2, jaar: 2024 }]]),
  randstadProvinces: ['P1'],
  profiles: new Map([['P2', { kernprofiel: ['Kern'], ontwikkelkansen: ['Logistiek', 'Data'], bronSoort: 'eigen-samenvatting' as const, bronOmschrijving: null, bronUrl: null, bijgewerktOp: '2026-11-29', versie: null }]]),
};
const question: MatchQuestion = { organisatie: 'org', omvang: 40, maxAfstandKm: null, afstandTot: 'vestiging-of-plein', buitenRandstad: false, vanGemeente: null };
const points = (c: { redenen: { deel: string; punten: number | null }[] }) => Object.fromEntries(c.redenen.map((r) => [r.deel, r.punten]));

describe('matching a housing question to COROP regions', () => {
  it('scores each region by the stated weights and ranks them, with a line and source per reason', () => {
    const { kandidaten, uitgesloten, vestigingen } = matchRegions(question, ctx);
    expect(uitgesloten).toEqual([]);
    expect(vestigingen).toEqual([{ gemeenteCode: 'GM0001', naam: 'Gem GM0001', provincieCode: 'P1', fte: 100 }, { gemeenteCode: 'GM0004', naam: 'Gem GM0004', provincieCode: 'P3', fte: 20.5 }]);
    const drie = kandidaten.find((c) => c.coropCode === 'CR03')!;
    // Own office (25) + 20.5/500×15 (0.6) + open hub in the region (15) + 250/1000×15 (3.8) + (1−2/10)×15 (12) + outside the Randstad (15).
    expect(points(drie)).toEqual({ vestiging: 25, rijkskantoren: 0.6, plein: 15, arbeidsmarkt: 3.8, spreiding: 12, randstad: 15, 'randstad-effect': null, profiel: null });
    expect(drie.score).toBe(71.4);
    const een = kandidaten.find((c) => c.coropCode === 'CR01')!;
    // Own office, 500 fte (15), hub 111.2 km away (0), largest labour force (15), highest per 1,000 (0), Randstad (0).
    expect(points(een)).toMatchObject({ vestiging: 25, rijkskantoren: 15, plein: 0, arbeidsmarkt: 15, spreiding: 0, randstad: 0 });
    expect(kandidaten.map((c) => [c.rang, c.coropCode])).toEqual([[1, 'CR03'], [2, 'CR01'], [3, 'CR02']]);
    const twee = kandidaten.find((c) => c.coropCode === 'CR02')!;
    // No own office in CR02: the anchor is the municipality with the most government fte there; nearest own office 33.4 km.
    expect(twee.anker).toEqual({ code: 'GM0003', naam: 'Gem GM0003', reden: 'gemeente met de meeste rijkswerkgelegenheid in deze regio' });
    expect(twee.redenen.find((r) => r.deel === 'vestiging')!.figuur).toBe('dichtstbijzijnde: Gem GM0001, 33,4 km');
    expect(twee.redenen.find((r) => r.deel === 'plein')!.figuur).toContain('gepland of genoemd: Twee-stad (telt niet mee)');
    expect(twee.redenen.find((r) => r.deel === 'profiel')).toMatchObject({ figuur: 'Logistiek; Data', link: '/regio/middenland#ontwikkelkansen', bron: 'eigen samenvatting van Rijk in de Regio, bijgewerkt op 2026-11-29' });
    for (const c of kandidaten) for (const r of c.redenen) expect(r.bron).not.toBe('');
    expect(Object.values(MATCH_WEIGHTS).reduce((s, w) => s + w.punten, 0)).toBe(100);
  });

  it('shows the effect on the Randstad share: new workplaces add to the national total, a move does not', () => {
    // Before: 500 of 770.5 fte in the Randstad = 64.89%.
    const added = matchRegions(question, ctx).kandidaten.find((c) => c.coropCode === 'CR03')!;
    expect(added.randstadEffect).toEqual({ voor: 64.89, na: 61.69, verschilProcentpunt: -3.2 });
    const moved = matchRegions({ ...question, vanGemeente: 'GM0001' }, ctx).kandidaten.find((c) => c.coropCode === 'CR03')!;
    expect(moved.randstadEffect).toEqual({ voor: 64.89, na: 59.7, verschilProcentpunt: -5.19 });
    expect(moved.scenario).toEqual({ url: '/cijfers/scenario?jaar=2025&organisatie=org&van=GM0001&naar=GM0004&fte=40', van: 'Gem GM0001', naar: 'Gem GM0004' });
    // No move to the place it comes from.
    expect(matchRegions({ ...question, vanGemeente: 'GM0001' }, ctx).kandidaten.find((c) => c.coropCode === 'CR01')!.scenario).toBeNull();
  });

  it('leaves out regions that fail a must-have, and says why', () => {
    const result = matchRegions({ ...question, maxAfstandKm: 30, afstandTot: 'plein', buitenRandstad: true }, ctx);
    expect(result.kandidaten.map((c) => c.coropCode)).toEqual(['CR03']);
    expect(result.uitgesloten).toEqual([
      { coropCode: 'CR01', coropNaam: 'Een', provincieNaam: 'Randland', reden: 'ligt in de Randstad (eis: buiten de Randstad)' },
      { coropCode: 'CR02', coropNaam: 'Twee', provincieNaam: 'Middenland', reden: 'Gem GM0003 ligt 77,8 km van Gem GM0004 (eis: hoogstens 30 km)' },
    ]);
    // Within 35 km of an own office, CR02 qualifies (33.4 km).
    expect(matchRegions({ ...question, maxAfstandKm: 35, afstandTot: 'vestiging' }, ctx).kandidaten.map((c) => c.coropCode).sort()).toEqual(['CR01', 'CR02', 'CR03']);
  });

  it('an organisation without locations gets no scenario link and no office points', () => {
    const result = matchRegions({ ...question, organisatie: 'nieuw' }, ctx);
    expect(result.vestigingen).toEqual([]);
    expect(result.kandidaten.every((c) => c.scenario === null && points(c).vestiging === 0)).toBe(true);
  });
});

describe('current housing linked to profiles', () => {
  it('groups the locations per province, largest first, with the province profile', () => {
    const locations = matchRegions(question, ctx).vestigingen;
    const out = currentHousingByProvince([...locations, { gemeenteCode: 'GM0002', naam: 'Gem GM0002', provincieCode: 'P1', fte: 0.2 }], ctx.provinces, ctx.profiles);
    expect(out.map((p) => [p.provincieNaam, p.fte, p.gemeenten.length, p.profiel?.ontwikkelkansen ?? null])).toEqual([['Randland', 100.2, 2, null], ['Noordland', 20.5, 1, null]]);
  });
});

describe('the what-if link', () => {
  it('encodes one move as the scenario page reads it, with a Dutch decimal', () => {
    expect(scenarioUrl({ jaar: 2025, organisatie: 'duo', van: 'GM0363', naar: 'GM0014', fte: 12.5 })).toBe('/cijfers/scenario?jaar=2025&organisatie=duo&van=GM0363&naar=GM0014&fte=12%2C5');
  });
});
