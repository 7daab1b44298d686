import { describe, expect, it } from 'vitest';
import type { DemoVacancy } from '../../../../src/lib/vacancies/demo/demo-vacancy.ts';
import { VAKGEBIED_SLUGS } from '../../../../src/lib/vacancies/demo/fields.ts';
import { generateDemoVacancies } from '../../../../src/lib/vacancies/demo/generate-demo-vacancies.ts';
import { SALARY_SCALES } from '../../../../src/lib/vacancies/demo/salary-scales.ts';
import { TITLES } from '../../../../src/lib/vacancies/demo/titles.ts';
import { loadDemoInput } from './reference-csv.ts';

const input = loadDemoInput();
const TODAY = '2026-03-15';
const generate = (count: number, seed: number, today = TODAY) => generateDemoVacancies({ count, seed, today, ...input });
const sample = generate(5000, 2026);
const provinceOf = new Map(input.gemeenten.map((g) => [g.gemeente_code, g.provincie_code]));
const share = (pred: (v: DemoVacancy) => boolean, list = sample) => list.filter(pred).length / list.length;

describe('generateDemoVacancies: determinism', () => {
  it('returns deep-equal output for the same seed', () => {
    expect(generate(300, 99)).toEqual(generate(300, 99));
  });

  it('returns different output for another seed', () => {
    expect(generate(300, 100)).not.toEqual(generate(300, 99));
  });

  it('returns the first vacancies unchanged when more are asked for', () => {
    expect(generate(500, 99).slice(0, 300)).toEqual(generate(300, 99));
  });

  it('returns an empty list for count 0 and rejects a bad count or date', () => {
    expect(generate(0, 1)).toEqual([]);
    expect(() => generate(-1, 1)).toThrow(RangeError);
    expect(() => generate(1.5, 1)).toThrow(RangeError);
    expect(() => generate(1, 1, '2026-02-30')).toThrow(RangeError);
  });
});

describe('generateDemoVacancies: invariants over 5000 vacancies', () => {
  it('keeps scales in 1..18 with max >= min and salaries taken from the scale table', () => {
    for (const v of sample) {
      expect(v.schaalMin).toBeGreaterThanOrEqual(1);
      expect(v.schaalMax).toBeLessThanOrEqual(18);
      expect(v.schaalMax).toBeGreaterThanOrEqual(v.schaalMin);
      expect(v.salarisMin).toBe(SALARY_SCALES[v.schaalMin]![0]);
      expect(v.salarisMax).toBe(SALARY_SCALES[v.schaalMax]![1]);
    }
  });

  it('advertises mostly scale 8 to 11', () => {
    expect(share((v) => v.schaalMin >= 8 && v.schaalMin <= 11)).toBeGreaterThan(0.45);
  });

  it('keeps hours within 16..40 and mostly 32-36 or 36-40', () => {
    for (const v of sample) {
      expect(v.urenMin).toBeGreaterThanOrEqual(16);
      expect(v.urenMax).toBeLessThanOrEqual(40);
      expect(v.urenMax).toBeGreaterThanOrEqual(v.urenMin);
    }
    expect(share((v) => (v.urenMin === 32 && v.urenMax === 36) || (v.urenMin === 36 && v.urenMax === 40))).toBeGreaterThan(0.5);
  });

  it('publishes within 60 days before today and closes 7 to 42 days later', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const today = day(TODAY);
    for (const v of sample) {
      expect(day(v.gepubliceerdOp)).toBeLessThanOrEqual(today);
      expect(day(v.gepubliceerdOp)).toBeGreaterThanOrEqual(today - 60);
      const open = day(v.sluitingsdatum) - day(v.gepubliceerdOp);
      expect(open).toBeGreaterThanOrEqual(7);
      expect(open).toBeLessThanOrEqual(42);
    }
  });

  it('marks a vacancy open exactly when it closes today or later', () => {
    for (const v of sample) {
      if (v.sluitingsdatum >= TODAY) expect(v.status).toBe('open');
      else expect(['gesloten', 'vervuld']).toContain(v.status);
    }
    const closed = share((v) => v.status !== 'open');
    expect(closed).toBeGreaterThan(0.07);
    expect(closed).toBeLessThan(0.13);
  });

  it('gives each vacancy a kenmerk that is unique within its organisation', () => {
    const keys = sample.map((v) => `${v.organisatieCode}|${v.kenmerk}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const v of sample) expect(v.kenmerk).toMatch(/^[A-Z0-9]+-\d{4}-\d{5,}$/);
    expect(sample.find((v) => v.organisatieCode === 'duo')?.kenmerk).toMatch(/^DUO-20\d\d-\d{5}$/);
  });

  it('produces at least 120 distinct titles, including compound words', () => {
    const titles = new Set(sample.map((v) => v.titel));
    expect(titles.size).toBeGreaterThanOrEqual(120);
    const all = [...titles].join('\n');
    expect(all).toMatch(/informatiebeveiliging/);
    expect(all).toMatch(/^Beleidsmedewerker /m);
    expect(all).toMatch(/^Senior informatiebeveiliger$/m);
  });

  it('uses only municipality codes from gemeenten_2025.csv and mostly one location', () => {
    for (const v of sample) {
      expect(v.gemeenteCodes.length).toBeGreaterThanOrEqual(1);
      expect(v.gemeenteCodes.length).toBeLessThanOrEqual(3);
      expect(new Set(v.gemeenteCodes).size).toBe(v.gemeenteCodes.length);
      for (const code of v.gemeenteCodes) expect(provinceOf.has(code), code).toBe(true);
    }
    const multi = share((v) => v.gemeenteCodes.length > 1);
    expect(multi).toBeGreaterThan(0.05);
    expect(multi).toBeLessThan(0.11);
  });

  it("places every vacancy at one of its organisation's vestigingen", () => {
    const allowed = new Set(input.vestigingen.map((v) => `${v.organisatie_code}|${v.gemeente_code}`));
    for (const v of sample) for (const code of v.gemeenteCodes) expect(allowed.has(`${v.organisatieCode}|${code}`)).toBe(true);
  });

  it('uses only organisation codes from organisaties.csv, with many different organisations', () => {
    const codes = new Set(input.organisations.map((o) => o.code));
    for (const v of sample) expect(codes.has(v.organisatieCode)).toBe(true);
    expect(new Set(sample.map((v) => v.organisatieCode)).size).toBeGreaterThan(50);
  });

  it('uses only the fixed vakgebieden and title catalogue', () => {
    for (const v of sample) {
      expect(VAKGEBIED_SLUGS).toContain(v.vakgebied);
      const base = TITLES[v.vakgebied].map((t) => t.titel.replace('{onderwerp}', ''));
      expect(base.some((b) => (b.endsWith(' ') ? v.titel.startsWith(b) : v.titel === b)), v.titel).toBe(true);
    }
  });

  it('fits fields to organisations', () => {
    const fieldShare = (org: string, fields: string[]) => share((v) => fields.includes(v.vakgebied), sample.filter((v) => v.organisatieCode === org));
    expect(fieldShare('belastingdienst', ['klantcontact', 'financien', 'ict'])).toBeGreaterThan(0.5);
    expect(fieldShare('nvwa', ['inspectie-handhaving'])).toBeGreaterThan(0.3);
    expect(fieldShare('defensie', ['techniek', 'veiligheid'])).toBeGreaterThan(0.35);
    expect(fieldShare('bzk', ['beleid', 'juridisch'])).toBeGreaterThan(0.3);
    expect(sample.filter((v) => v.titel === 'Griffier').every((v) => v.organisatieCode === 'rechtspraak')).toBe(true);
  });

  it('keeps contract, work mode and education values in their sets and consistent', () => {
    for (const v of sample) {
      expect(['vast', 'tijdelijk-met-uitzicht', 'tijdelijk', 'traineeship', 'stage']).toContain(v.contract);
      expect(['op-locatie', 'hybride', 'thuis', 'niet-vermeld']).toContain(v.werkwijze);
      expect(['mbo', 'hbo', 'wo', 'vmbo', 'havo/vwo']).toContain(v.opleidingsniveau);
      if (v.vanafRijksontmoetingsplein) expect(v.werkwijze).toBe('hybride');
    }
    const hybrid = sample.filter((v) => v.werkwijze === 'hybride');
    const rop = share((v) => v.vanafRijksontmoetingsplein, hybrid);
    expect(rop).toBeGreaterThan(0.25);
    expect(rop).toBeLessThan(0.35);
  });

  it('writes Dutch texts that name the organisation and the place, with simple HTML only', () => {
    const names = new Map(input.organisations.map((o) => [o.code, o.naam]));
    for (const v of sample.slice(0, 1000)) {
      expect(v.samenvatting).not.toMatch(/GM\d{4}/);
      expect(v.samenvatting.length).toBeGreaterThan(40);
      expect(v.beschrijving).toContain(names.get(v.organisatieCode)!.replace(/^De /, ''));
      const tags = v.beschrijving.match(/<\/?[a-z0-9]+/g) ?? [];
      for (const tag of tags) expect(['<h3', '</h3', '<p', '</p', '<ul', '</ul', '<li', '</li']).toContain(tag);
      expect(v.beschrijving).toMatch(/^<h3>Wat ga je doen\?<\/h3>.*<h3>Wie ben jij\?<\/h3>.*<h3>Wat bieden wij\?<\/h3>/);
    }
    const duoGroningen = sample.find((v) => v.organisatieCode === 'duo' && v.gemeenteCodes.length === 1 && v.gemeenteCodes[0] === 'GM0014');
    expect(duoGroningen?.beschrijving).toContain('Groningen');
    const denHaag = sample.find((v) => v.gemeenteCodes.length === 1 && v.gemeenteCodes[0] === 'GM0518');
    expect(denHaag?.beschrijving).toContain('Den Haag');
  });

  it('falls back to municipality codes in texts when no names are given', () => {
    const [v] = generateDemoVacancies({ count: 1, seed: 5, today: TODAY, organisations: input.organisations, vestigingen: input.vestigingen });
    expect(v!.beschrijving).toContain(v!.gemeenteCodes[0]!);
  });
});

describe('generateDemoVacancies: regional spread', () => {
  const byProvince = new Map<string, number>();
  for (const v of sample) {
    const p = provinceOf.get(v.gemeenteCodes[0]!)!;
    byProvince.set(p, (byProvince.get(p) ?? 0) + 1);
  }
  const pct = (p: string) => (byProvince.get(p) ?? 0) / sample.length;

  it('puts between 20% and 40% in Zuid-Holland, the largest province', () => {
    expect(pct('PV28')).toBeGreaterThan(0.2);
    expect(pct('PV28')).toBeLessThan(0.4);
    expect(Math.max(...byProvince.values())).toBe(byProvince.get('PV28'));
  });

  it('has vacancies in every province', () => {
    for (const p of ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']) expect(pct(p), p).toBeGreaterThan(0);
  });

  it('ranks the middle and the north as in government employment', () => {
    for (const big of ['PV25', 'PV26', 'PV27', 'PV30']) for (const small of ['PV22', 'PV24', 'PV29']) expect(pct(big), `${big}>${small}`).toBeGreaterThan(pct(small));
    expect(pct('PV20')).toBeGreaterThan(pct('PV22')); // Groningen relatively high
    expect(pct('PV29')).toBeLessThan(0.03); // Zeeland small
  });
});

describe('generateDemoVacancies: organisations without vestigingen and speed', () => {
  it('skips an organisation without vestigingen and rejects an unknown sector', () => {
    const orgs = [
      { code: 'x', naam: 'Dienst X', sector: 'zbo' },
      { code: 'y', naam: 'Dienst Y', sector: 'zbo' },
    ];
    const list = generateDemoVacancies({ count: 50, seed: 1, today: TODAY, organisations: orgs, vestigingen: [{ organisatie_code: 'x', gemeente_code: 'GM0014', gewicht: 1 }] });
    expect(new Set(list.map((v) => v.organisatieCode))).toEqual(new Set(['x']));
    expect(list[0]!.kenmerk).toMatch(/^X-20\d\d-\d{5}$/);
    expect(() => generateDemoVacancies({ count: 1, seed: 1, today: TODAY, organisations: [{ code: 'z', naam: 'Z', sector: 'gemeente' }], vestigingen: [] })).toThrow('Unknown sector');
    expect(() => generateDemoVacancies({ count: 1, seed: 1, today: TODAY, organisations: orgs, vestigingen: [] })).toThrow('No organisation');
  });

  it('generates 100,000 vacancies in a few seconds', () => {
    // CPU time of this process, not wall time: on a machine shared by other jobs wall time measures them too.
    const start = process.cpuUsage();
    const many = generate(100_000, 1);
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    expect(many).toHaveLength(100_000);
    expect(seconds).toBeLessThan(15); // ~2 s on one core
  }, 120_000);
});
