import { describe, expect, it } from 'vitest';
import { readCsv, splitCsvLine } from './reference-csv.ts';

const organisaties = readCsv('organisaties.csv');
const vestigingen = readCsv('organisatie_vestigingen.csv');
const gemeenten = readCsv('gemeenten_2025.csv');
const gemeenteCodes = new Set(gemeenten.map((g) => g.gemeente_code));
const SECTORS = ['ministerie', 'politie', 'rechtspraak', 'dji', 'defensie', 'zbo'];

describe('splitCsvLine', () => {
  it('keeps a comma inside a quoted field', () => {
    expect(splitCsvLine('GM0820,"Nuenen, Gerwen en Nederwetten",PV30')).toEqual(['GM0820', 'Nuenen, Gerwen en Nederwetten', 'PV30']);
  });

  it('keeps empty fields and turns "" into a quote', () => {
    expect(splitCsvLine('a,,"say ""hi""",')).toEqual(['a', '', 'say "hi"', '']);
  });

  it('reads the quoted municipality name from gemeenten_2025.csv', () => {
    expect(gemeenten.find((g) => g.gemeente_code === 'GM0820')?.gemeente_naam).toBe('Nuenen, Gerwen en Nederwetten');
  });
});

describe('db/reference/organisaties.csv', () => {
  it('has between 40 and 60 organisations with unique kebab-case codes', () => {
    expect(organisaties.length).toBeGreaterThanOrEqual(40);
    expect(organisaties.length).toBeLessThanOrEqual(60);
    const codes = organisaties.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists the 14 ministries of the 2024 cabinet without a parent', () => {
    const ministries = organisaties.filter((o) => o.ministerie_code === '').map((o) => o.code).sort();
    expect(ministries).toEqual(['az', 'bz', 'bzk', 'defensie', 'ez', 'fin', 'ienw', 'jenv', 'kgg', 'lvvn', 'ocw', 'szw', 'vro', 'vws']);
  });

  it('points every other organisation at one of those ministries', () => {
    const ministries = new Set(organisaties.filter((o) => o.ministerie_code === '').map((o) => o.code));
    for (const o of organisaties.filter((x) => x.ministerie_code !== '')) expect(ministries.has(o.ministerie_code!), o.code).toBe(true);
  });

  it('uses only the sectors the database accepts', () => {
    for (const o of organisaties) expect(SECTORS, o.code).toContain(o.sector);
  });

  it('assigns the special sectors as BZK counts them', () => {
    const sector = (code: string) => organisaties.find((o) => o.code === code)?.sector;
    expect([sector('defensie'), sector('kmar'), sector('politie'), sector('dji'), sector('rechtspraak')]).toEqual(['defensie', 'defensie', 'politie', 'dji', 'rechtspraak']);
    expect([sector('uwv'), sector('svb'), sector('rdw'), sector('kadaster'), sector('cbs'), sector('coa'), sector('staatsbosbeheer')]).toEqual(Array(7).fill('zbo'));
    expect([sector('belastingdienst'), sector('duo'), sector('om'), sector('knmi'), sector('rivm'), sector('nvwa')]).toEqual(Array(6).fill('ministerie'));
  });

  it('contains the organisations the brief requires', () => {
    const codes = new Set(organisaties.map((o) => o.code));
    for (const code of ['belastingdienst', 'douane', 'toeslagen', 'duo', 'cjib', 'rdw', 'uwv', 'svb', 'rijkswaterstaat', 'rvo', 'dji', 'ind', 'coa', 'politie', 'rechtspraak', 'kadaster', 'cbs', 'rivm', 'knmi', 'nvwa', 'rijksvastgoedbedrijf', 'logius', 'dictu', 'ssc-ict', 'justis', 'om', 'rvdk', 'nfi', 'rce', 'nationaal-archief', 'staatsbosbeheer']) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});

describe('db/reference/organisatie_vestigingen.csv', () => {
  it('uses only municipality codes that exist in gemeenten_2025.csv', () => {
    const unknown = vestigingen.filter((v) => !gemeenteCodes.has(v.gemeente_code!)).map((v) => `${v.organisatie_code}:${v.gemeente_code}`);
    expect(unknown).toEqual([]);
  });

  it('uses only organisation codes from organisaties.csv', () => {
    const codes = new Set(organisaties.map((o) => o.code));
    expect(vestigingen.filter((v) => !codes.has(v.organisatie_code!))).toEqual([]);
  });

  it('gives every organisation at least one vestiging', () => {
    const withVestiging = new Set(vestigingen.map((v) => v.organisatie_code));
    expect(organisaties.filter((o) => !withVestiging.has(o.code)).map((o) => o.code)).toEqual([]);
  });

  it('has integer weights from 1 to 100 and no repeated pair', () => {
    for (const v of vestigingen) expect(v.gewicht, `${v.organisatie_code}:${v.gemeente_code}`).toMatch(/^([1-9]\d?|100)$/);
    const pairs = vestigingen.map((v) => `${v.organisatie_code}:${v.gemeente_code}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('places the well-known main locations', () => {
    const has = (org: string, gm: string) => vestigingen.some((v) => v.organisatie_code === org && v.gemeente_code === gm);
    expect(has('duo', 'GM0014')).toBe(true); // Groningen
    expect(has('cbs', 'GM0917') && has('cbs', 'GM0518')).toBe(true); // Heerlen, Den Haag
    expect(has('belastingdienst', 'GM0200')).toBe(true); // Apeldoorn
    expect(has('rdw', 'GM0637') && has('rdw', 'GM0047')).toBe(true); // Zoetermeer, Veendam
    expect(has('cjib', 'GM0080')).toBe(true); // Leeuwarden
    expect(has('knmi', 'GM0310')).toBe(true); // De Bilt
    expect(has('dji', 'GM1699')).toBe(true); // Veenhuizen (Noordenveld)
  });
});
