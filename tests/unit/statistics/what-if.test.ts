import { describe, expect, it } from 'vitest';
import type { EmploymentRow } from '../../../src/lib/statistics/employment-row.ts';
import { applyMoves, whatIf } from '../../../src/lib/statistics/what-if.ts';

const rows: EmploymentRow[] = [
  { organisatieCode: 'duo', sector: 'ministerie', provincieCode: 'PV28', gemeenteCode: 'GM0518', coropCode: 'CR30', fte: 300.5 },
  { organisatieCode: 'duo', sector: 'zbo', provincieCode: 'PV28', gemeenteCode: 'GM0518', coropCode: 'CR30', fte: 100 },
  { organisatieCode: 'duo', sector: 'ministerie', provincieCode: 'PV20', gemeenteCode: 'GM0014', coropCode: 'CR03', fte: 600 },
];
const municipalities = new Map([
  ['GM0518', { provincieCode: 'PV28', coropCode: 'CR30' }],
  ['GM0014', { provincieCode: 'PV20', coropCode: 'CR03' }],
  ['GM0080', { provincieCode: 'PV21', coropCode: 'CR04' }],
]);

describe('applyMoves', () => {
  it('moves fte largest sector first, into existing or new rows, without touching the input', () => {
    const { rows: after, problems } = applyMoves(rows, [{ organisatie: 'duo', van: 'GM0518', naar: 'GM0014', fte: 350.5 }], municipalities);
    expect(problems).toEqual([]);
    expect(after.map((r) => [r.gemeenteCode, r.sector, r.fte])).toEqual([
      ['GM0518', 'ministerie', 0], ['GM0518', 'zbo', 50], ['GM0014', 'ministerie', 900.5], ['GM0014', 'zbo', 50],
    ]);
    expect(rows[0]!.fte).toBe(300.5);
  });

  it('applies several moves in order and reports the ones that cannot be done', () => {
    const { rows: after, problems } = applyMoves(rows, [
      { organisatie: 'duo', van: 'GM0014', naar: 'GM0080', fte: 600 },
      { organisatie: 'duo', van: 'GM0014', naar: 'GM0080', fte: 1 },
      { organisatie: 'duo', van: 'GM9999', naar: 'GM0080', fte: 1 },
      { organisatie: 'duo', van: 'GM0014', naar: 'GM0014', fte: 1 },
    ], municipalities);
    expect(after.find((r) => r.gemeenteCode === 'GM0080')).toMatchObject({ provincieCode: 'PV21', fte: 600 });
    expect(problems).toEqual([
      { zet: 2, melding: { nl: 'Zet 2: de organisatie heeft daar 0 fte, minder dan 1.', en: 'Move 2: the organisation has 0 FTE there, less than 1.' } },
      { zet: 3, melding: { nl: 'Zet 3: gemeente GM9999 bestaat niet.', en: 'Move 3: municipality GM9999 does not exist.' } },
      { zet: 4, melding: { nl: 'Zet 4: van en naar zijn dezelfde gemeente.', en: 'Move 4: from and to are the same municipality.' } },
    ]);
  });
});

describe('whatIf', () => {
  it('gives the Randstad share and each province before and after, per 1,000 inhabitants of the year', () => {
    const outcome = whatIf({
      rows, moves: [{ organisatie: 'duo', van: 'GM0518', naar: 'GM0014', fte: 400.5 }], municipalities,
      provinceCodes: ['PV20', 'PV28'], cbs: [{ jaar: 2025, regioCode: 'PV20', bevolking: 600_000, beroepsbevolking: null }], year: 2025, randstadProvinces: ['PV26', 'PV27', 'PV28'],
    });
    expect([outcome.randstadVoor.aandeelPct, outcome.randstadNa.aandeelPct]).toEqual([40, 0]);
    expect(outcome.provincies).toEqual([
      { regioCode: 'PV20', voor: 600, na: 1000.5, verschil: 400.5, perDuizendVoor: 1, perDuizendNa: 1.7, inwonersJaar: 2025 },
      { regioCode: 'PV28', voor: 400.5, na: 0, verschil: -400.5, perDuizendVoor: null, perDuizendNa: null, inwonersJaar: null },
    ]);
  });
});
