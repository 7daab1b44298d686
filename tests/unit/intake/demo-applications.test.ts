import { describe, expect, it } from 'vitest';
import { generateDemoApplications, type DemoApplicationVacancy, type DemoMunicipality } from '../../../src/lib/intake/demo-applications.ts';

const municipalities: DemoMunicipality[] = [
  { code: 'GM0014', provincieCode: 'PV20', lat: 53.218, lon: 6.62, mass: 30 },
  { code: 'GM0037', provincieCode: 'PV20', lat: 53.003, lon: 7.009, mass: 5 },
  { code: 'GM0363', provincieCode: 'PV27', lat: 52.37, lon: 4.9, mass: 80 },
  { code: 'GM0518', provincieCode: 'PV28', lat: 52.07, lon: 4.3, mass: 50 },
];
const vacancy = (kenmerk: string, vakgebied: string, location: string): DemoApplicationVacancy => ({
  id: `00000000-0000-4000-8000-00000000000${kenmerk.length}`,
  organisatieCode: 'duo',
  kenmerk,
  vakgebied,
  gepubliceerdOp: '2026-09-01',
  sluitingsdatum: '2026-10-01',
  locations: [location],
});
const options = {
  vacancies: Array.from({ length: 60 }, (_, i) => vacancy(`K${i}`, i % 2 ? 'ict' : 'klantcontact', 'GM0014')),
  municipalities,
  secret: 's'.repeat(32),
  today: '2026-11-29',
};

describe('generateDemoApplications', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    expect(generateDemoApplications(options)).toEqual(generateDemoApplications(options));
    expect(generateDemoApplications({ ...options, seed: 1 })).not.toEqual(generateDemoApplications(options));
  });

  it('produces valid, consistent applications with most applicants living near the job', () => {
    const rows = generateDemoApplications(options);
    expect(rows.length).toBeGreaterThan(600);
    for (const r of rows) {
      expect(r.sollicitatiedatum >= '2026-09-01' && r.sollicitatiedatum <= '2026-10-01').toBe(true);
      for (const d of [r.datumGesprek, r.datumAanbod]) if (d !== null) expect(d >= r.sollicitatiedatum && d <= '2026-11-29').toBe(true);
      expect((r.fase === 'aangenomen') === (r.uitkomst === 'aangenomen')).toBe(true);
      expect(r.sollicitantSleutel).toMatch(/^[0-9a-f]{64}$/);
    }
    const known = rows.filter((r) => r.woonGemeenteCode !== null);
    const nearby = known.filter((r) => r.woonGemeenteCode === 'GM0014' || r.woonGemeenteCode === 'GM0037').length / known.length;
    expect(nearby).toBeGreaterThan(0.7);
    // Distinct keys per vacancy: the demo never produces in-file duplicates.
    expect(new Set(rows.map((r) => `${r.sollicitantSleutel}|${r.vacatureId}`)).size).toBe(rows.length);
  });

  it('skips vacancies published after today', () => {
    expect(generateDemoApplications({ ...options, vacancies: [{ ...options.vacancies[0]!, gepubliceerdOp: '2026-12-01', sluitingsdatum: '2026-12-20' }] })).toEqual([]);
  });
});
