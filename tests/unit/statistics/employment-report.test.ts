import { describe, expect, it } from 'vitest';
import { buildEmploymentReport, regionSeries, type EmploymentReportInput } from '../../../src/lib/statistics/employment-report.ts';
import { row } from './fixtures.ts';

const input: EmploymentReportInput = {
  peildatum: '2024-01-01',
  rows: [
    row('duo', 'ministerie', 'PV20', 'GM0014', 'CR03', 420),
    row('duo', 'ministerie', 'PV26', 'GM0344', 'CR22', 170),
    row('politie', 'politie', 'PV26', null, null, 10),
  ],
  previous: {
    peildatum: '2023-01-01',
    rows: [row('duo', 'ministerie', 'PV20', 'GM0014', 'CR03', 500), row('duo', 'ministerie', 'PV26', 'GM0344', 'CR22', 100)],
  },
  cbs: [
    { jaar: 2024, regioCode: 'PV20', bevolking: 600_000, beroepsbevolking: null },
    { jaar: 2024, regioCode: 'NL01', bevolking: 18_000_000, beroepsbevolking: null },
  ],
  provinceCodes: ['PV20', 'PV26', 'PV31'],
  coropCodes: ['CR03', 'CR22'],
};

describe('buildEmploymentReport', () => {
  it('combines every indicator for a peildatum', () => {
    const report = buildEmploymentReport(input);
    expect(report.nationaal).toEqual({
      regioCode: 'NL01', fte: 600, vorigeFte: 600, verschil: 0, verschilPct: 0, aandeelPct: 100,
      perDuizendInwoners: 0, inwonersJaar: 2024, perDuizendBeroepsbevolking: null, beroepsbevolkingJaar: null,
    });
    expect(report.provincies.map((p) => [p.regioCode, p.fte, p.verschil, p.verschilPct, p.aandeelPct, p.perDuizendInwoners])).toEqual([
      ['PV20', 420, -80, -16, 70, 0.7],
      ['PV26', 180, 80, 80, 30, null],
      ['PV31', 0, 0, null, 0, null],
    ]);
    expect(report.corop).toEqual({
      regions: [
        { regioCode: 'CR03', fte: 420, vorigeFte: 500, verschil: -80, verschilPct: -16, aandeelPct: 70 },
        { regioCode: 'CR22', fte: 170, vorigeFte: 100, verschil: 70, verschilPct: 70, aandeelPct: 28.3 },
      ],
      nietToeTeDelenFte: 10,
      vorigNietToeTeDelenFte: 0,
    });
    expect(report.randstad).toMatchObject({ provincies: ['PV26', 'PV27', 'PV28'], fte: 180, aandeelPct: 30 });
    expect(report.groei).toEqual({ nationaalVerschil: 0, regions: [{ regioCode: 'PV20', verschil: -80, aandeelInVerandering: null }, { regioCode: 'PV26', verschil: 80, aandeelInVerandering: null }, { regioCode: 'PV31', verschil: 0, aandeelInVerandering: null }] });
    expect(report.verplaatsingen).toEqual({ drempelFte: 50, organisaties: [{ organisatieCode: 'duo', verlies: [{ provincieCode: 'PV20', verschil: -80 }], winst: [{ provincieCode: 'PV26', verschil: 70 }], verliesFte: 80, winstFte: 70, verplaatstFte: 70 }] });
  });

  it('restricts everything to one sector when asked', () => {
    const report = buildEmploymentReport({ ...input, sector: 'politie' });
    expect(report.sector).toBe('politie');
    expect(report.nationaal).toMatchObject({ fte: 10, vorigeFte: 0, verschilPct: null });
    expect(report.verplaatsingen?.organisaties).toEqual([]);
  });

  it('leaves changes, growth and moves empty without a previous snapshot', () => {
    const report = buildEmploymentReport({ ...input, previous: null });
    expect([report.vorigePeildatum, report.groei, report.verplaatsingen, report.nationaal.verschil]).toEqual([null, null, null, null]);
  });

  it('gives byte-identical JSON whatever the order of the input rows', () => {
    const shuffled = { ...input, rows: [...input.rows].reverse(), previous: { ...input.previous!, rows: [...input.previous!.rows].reverse() }, provinceCodes: [...input.provinceCodes].reverse() };
    expect(JSON.stringify(buildEmploymentReport(shuffled))).toBe(JSON.stringify(buildEmploymentReport(input)));
  });
});

describe('regionSeries', () => {
  it('lines up region totals per peildatum, oldest first; a missing snapshot gives nulls', () => {
    expect(
      regionSeries([
        { peildatum: '2023-01-01', totals: [{ regioCode: 'PV26', fte: 5 }] },
        { peildatum: '2021-01-01', totals: [{ regioCode: 'PV20', fte: 1 }, { regioCode: 'PV26', fte: 2 }] },
        { peildatum: '2022-01-01', totals: null },
      ]),
    ).toEqual({
      peildata: ['2021-01-01', '2022-01-01', '2023-01-01'],
      regions: [
        { regioCode: 'PV20', fte: [1, null, 0] },
        { regioCode: 'PV26', fte: [2, null, 5] },
      ],
    });
  });
});
