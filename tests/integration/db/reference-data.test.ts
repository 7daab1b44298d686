import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { migrateToLatest } from '../../../src/lib/db/migrate.ts';
import { listOrganisations } from '../../../src/lib/organisations/organisation-repository.ts';
import { loadReferenceData } from '../../../src/lib/reference/load-reference-data.ts';
import { lookupPostcode } from '../../../src/lib/regions/pc4-lookup.ts';
import { getProvinceBySlug, listProvinces } from '../../../src/lib/regions/region-repository.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe(`reference data on ${testDatabaseKind}`, () => {
  it('holds the 12 provinces, 40 COROP regions, 342 municipalities and 4,699 postcodes', async () => {
    const counts = await loadReferenceData(database.db);
    expect(counts).toMatchObject({ provincie: 12, corop: 40, gemeente: 342, pc4: 4699, rijksontmoetingsplein: 8, rijkswerkgelegenheid_gepubliceerd: 16 });
  });

  it('loading twice changes nothing and migrating an up-to-date database is a no-op', async () => {
    const before = await loadReferenceData(database.db);
    expect(await loadReferenceData(database.db)).toEqual(before);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('gives provinces with ISO codes and slugs', async () => {
    const provinces = await listProvinces(database.db);
    expect(provinces.map((p) => p.slug)).toEqual(['groningen', 'fryslan', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noord-holland', 'zuid-holland', 'zeeland', 'noord-brabant', 'limburg']);
    expect(provinces[1]).toEqual({ code: 'PV21', naam: 'Fryslân', slug: 'fryslan', isoCode: 'NL-FR' });
  });

  it('maps postcode 9711 to Groningen, with a space and letters too', async () => {
    for (const input of ['9711', '9711 AB', '9711ab']) {
      const found = await lookupPostcode(database.db, input);
      expect(found).toMatchObject({ found: true, pc4: '9711', gemeente: { code: 'GM0014', naam: 'Groningen' }, provincie: { code: 'PV20', slug: 'groningen' }, corop: { code: 'CR03' } });
    }
  });

  it('says clearly when a real postcode is missing from the table, and when input is no postcode', async () => {
    // 1364 (Almere Poort) is not in the table, whose source dates from 2014.
    const missing = await lookupPostcode(database.db, '1364 AB');
    expect(missing).toEqual({ found: false, pc4: '1364', reason: 'onbekend', message: 'Postcode 1364 staat niet in onze postcodetabel. Kies een provincie of plaats.' });
    expect(await lookupPostcode(database.db, 'abc')).toMatchObject({ found: false, pc4: null, reason: 'ongeldig' });
  });

  it('describes a province with its COROP regions, municipalities, hubs and CBS figures', async () => {
    const drenthe = await getProvinceBySlug(database.db, 'drenthe');
    expect(drenthe?.corop.map((c) => c.code).sort()).toEqual(['CR07', 'CR08', 'CR09']);
    expect(drenthe?.corop.reduce((n, c) => n + c.gemeenten.length, 0)).toBe(12);
    expect(drenthe?.rijksontmoetingspleinen.map((p) => p.plaats)).toEqual(['Assen']);
    expect(drenthe?.bevolking).toMatchObject({ jaar: 2025, waarde: 506529 });
    expect(drenthe?.beroepsbevolking).toMatchObject({ jaar: 2023, waarde: 267000 });
    expect(await getProvinceBySlug(database.db, 'atlantis')).toBeNull();
  });

  it('lists the government organisations with their sector as BZK counts it', async () => {
    const organisations = await listOrganisations(database.db);
    const byCode = Object.fromEntries(organisations.map((o) => [o.code, o]));
    expect(byCode.duo).toMatchObject({ naam: expect.stringContaining('Dienst Uitvoering Onderwijs'), sector: 'ministerie', ministerie: 'ocw' });
    expect(byCode.politie?.sector).toBe('politie');
    expect(byCode.dji?.sector).toBe('dji');
    expect(byCode.uwv?.sector).toBe('zbo');
    expect(organisations.filter((o) => o.ministerie === null).length).toBeGreaterThanOrEqual(12);
  });
});
