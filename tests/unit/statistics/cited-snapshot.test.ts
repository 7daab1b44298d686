import { describe, expect, it } from 'vitest';
import { sumFteBy } from '../../../src/lib/statistics/cited-snapshot.ts';
import type { EmploymentRow } from '../../../src/lib/statistics/employment-row.ts';

const row = (organisatieCode: string, provincieCode: string, fte: number): EmploymentRow => ({ organisatieCode, sector: 'ministerie', provincieCode, gemeenteCode: null, coropCode: null, fte });
const rows = [row('duo', 'PV20', 0.1), row('duo', 'PV20', 0.2), row('adr', 'PV20', 0.3), row('duo', 'PV23', 10), row('cbs', 'PV31', 5)];

describe('sumFteBy', () => {
  it('sums per organisation within a province, largest first, ties by code, without float noise', () => {
    expect(sumFteBy(rows, 'organisatieCode', (r) => r.provincieCode === 'PV20')).toEqual({ total: 0.6, groups: [{ code: 'adr', fte: 0.3 }, { code: 'duo', fte: 0.3 }] });
  });

  it('sums per province for one organisation', () => {
    expect(sumFteBy(rows, 'provincieCode', (r) => r.organisatieCode === 'duo')).toEqual({ total: 10.3, groups: [{ code: 'PV23', fte: 10 }, { code: 'PV20', fte: 0.3 }] });
  });

  it('is zero and empty when nothing matches', () => {
    expect(sumFteBy(rows, 'provincieCode', (r) => r.organisatieCode === 'acme')).toEqual({ total: 0, groups: [] });
  });
});
