import { describe, expect, it } from 'vitest';
import { activeFilters } from '../../../src/lib/search/active-filters.ts';
import { criteria } from './region-fixture.ts';

const names = { province: (code: string) => ({ PV20: 'Groningen', PV22: 'Drenthe' })[code] ?? code, organisation: (code: string) => (code === 'dji' ? 'Dienst Justitiële Inrichtingen' : code) };

describe('activeFilters', () => {
  it('has no chips for keyword and place alone (they stay in their fields)', () => {
    expect(activeFilters(criteria({ q: 'jurist', plaats: 'Zwolle', afstandKm: 25 }), names, 'nl')).toEqual([]);
  });

  it('names the salary in euros and drops only that filter', () => {
    const c = criteria({ salarisMin: 4500, schaalMin: 9, pagina: 3 });
    expect(activeFilters(c, names, 'nl')).toEqual([
      { label: 'Salarisschaal: vanaf 9', without: { ...c, schaalMin: null, pagina: 1 } },
      { label: 'Salaris: vanaf € 4.500 bruto per maand', without: { ...c, salarisMin: null, pagina: 1 } },
    ]);
    expect(activeFilters(criteria({ salarisMin: 4500 }), names, 'en').map((f) => f.label)).toEqual(['Salary: from €4,500 gross per month']);
  });

  it('gives one chip per chosen province and organisation, by name', () => {
    const c = criteria({ provincies: ['PV20', 'PV22'], organisaties: ['dji'] });
    expect(activeFilters(c, names, 'nl')).toEqual([
      { label: 'Provincie: Groningen', without: { ...c, provincies: ['PV22'] } },
      { label: 'Provincie: Drenthe', without: { ...c, provincies: ['PV20'] } },
      { label: 'Organisatie: Dienst Justitiële Inrichtingen', without: { ...c, organisaties: [] } },
    ]);
  });

  it('writes ranges with both ends, one end, or one value', () => {
    expect(activeFilters(criteria({ schaalMin: 9, schaalMax: 11 }), names, 'nl')[0]?.label).toBe('Salarisschaal: 9 tot en met 11');
    expect(activeFilters(criteria({ schaalMin: 10, schaalMax: 10 }), names, 'nl')[0]?.label).toBe('Salarisschaal: 10');
    expect(activeFilters(criteria({ urenMax: 32 }), names, 'nl')[0]?.label).toBe('Uren per week: tot en met 32');
  });
});
