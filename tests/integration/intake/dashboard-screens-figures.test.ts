import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { headlineSource, loadDashboardHeadline } from '../../../src/lib/intake/dashboard-headline.ts';
import { hasIntakeInYear } from '../../../src/lib/intake/intake-presence.ts';
import { measureTrend } from '../../../src/lib/intake/measure-trend.ts';
import { organisationOverview } from '../../../src/lib/intake/organisation-overview.ts';
import { timeToHire } from '../../../src/lib/intake/time-to-hire.ts';
import { showVacancyFunnel, vacancyFunnel } from '../../../src/lib/intake/vacancy-funnel.ts';
import { importCsv, INTAKE_TABLES } from '../../support/intake-fixtures.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const RANDSTAD = ['PV26', 'PV27', 'PV28'];

// V-1: Groningen, ict/wo; V-2: 's-Gravenhage, juridisch/mbo; EXT-1: not on the platform. Everyone gave consent.
const CSV = [
  'sollicitant_id,vacature,werkplaats_gemeente,sollicitatiedatum,postcode,fase,uitkomst,datum_gesprek,datum_aanbod,datum_indiensttreding,toestemming_bewaren',
  'a1,V-1,,2026-03-20,9711,gesprek,afgewezen,2026-04-10,,,ja',
  'a2,V-1,,2026-02-01,9711,aangenomen,,2026-02-15,2026-03-01,2026-07-01,ja', // offer after 28 days, start after 150
  'a3,V-2,,2026-05-05,2511,aanbod,teruggetrokken,2026-05-20,2026-06-10,,ja', // offer after 36 days
  'a4,V-2,,2026-06-30,,gesprek,lopend,,,,ja',
  'a5,EXT-1,Groningen,2026-04-02,8911,sollicitatie,afgewezen,,,,ja',
  'a6,V-1,,2026-04-03,9401,aangenomen,,2026-04-10,2026-04-13,2026-05-01,ja', // offer after 10 days, start after 28
].join('\n');

let database: Database;
const names = new Map([['duo', 'Dienst Uitvoering Onderwijs'], ['belastingdienst', 'Belastingdienst']]);
beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', titel: 'Ontwikkelaar', standplaatsen: ['Groningen'], vakgebied: 'ict', opleidingsniveau: 'wo' }),
    vacancyInput({ kenmerk: 'V-2', titel: 'Jurist', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch', opleidingsniveau: 'mbo' }),
  ]);
});
afterAll(async () => database.close());
beforeEach(async () => {
  await truncate(database, INTAKE_TABLES);
  const report = await importCsv(database.db, 'duo', CSV, { now: NOW });
  expect([report.accepted, report.rejected]).toEqual([6, 0]);
});

describe('figures of the dashboard screens', () => {
  it('computes median days to offer and to start over the microdata, with the dashboard filters', async () => {
    const plain = async (filter: Parameters<typeof timeToHire>[1]) => {
      const t = await timeToHire(database.db, filter);
      return { toOffer: { n: t.toOffer.n, medianDays: t.toOffer.medianDays }, toStart: { n: t.toStart.n, medianDays: t.toStart.medianDays } };
    };
    expect(await plain({ organisations: ['duo'] })).toEqual({ toOffer: { n: 3, medianDays: 28 }, toStart: { n: 2, medianDays: 89 } });
    // Quarters are those of the application date; the work province is the workplace's.
    expect(await plain({ organisations: ['duo'], fromQuarter: '2026-Q2', toQuarter: '2026-Q2' })).toEqual({ toOffer: { n: 2, medianDays: 23 }, toStart: { n: 1, medianDays: 28 } });
    expect(await plain({ workProvinces: ['PV28'] })).toEqual({ toOffer: { n: 1, medianDays: 36 }, toStart: { n: 0, medianDays: null } });
    expect(await plain({ fields: ['juridisch'], levels: ['wo'] })).toEqual({ toOffer: { n: 0, medianDays: null }, toStart: { n: 0, medianDays: null } });
    expect(await plain({ organisations: [] })).toEqual({ toOffer: { n: 0, medianDays: null }, toStart: { n: 0, medianDays: null } });
    expect(await plain({ organisations: ['duo'], demo: 'only' })).toEqual({ toOffer: { n: 0, medianDays: null }, toStart: { n: 0, medianDays: null } });
    // The key sum of a group is the sum of its records' keys (mod 2^32), as in the rollups.
    const keys = await database.db.selectFrom('sollicitatie').select(['record_sleutel', 'datum_aanbod']).execute();
    const expected = keys.filter((r) => r.datum_aanbod !== null).reduce((sum, r) => (sum + Number(r.record_sleutel)) % 2 ** 32, 0);
    expect((await timeToHire(database.db, { organisations: ['duo'] })).toOffer.k).toBe(expected);
  });

  it('gives the funnel per vacancy, exact for the organisation and through disclosure for others', async () => {
    const rows = await vacancyFunnel(database.db, { organisations: ['duo'] });
    expect(rows.map((r) => [r.label, r.onPlatform, r.counts])).toEqual([
      ['Ontwikkelaar (V-1)', true, { sollicitatie: 3, gesprek: 3, aanbod: 2, aangenomen: 2 }],
      ['Jurist (V-2)', true, { sollicitatie: 2, gesprek: 2, aanbod: 1, aangenomen: 0 }],
      ['EXT-1', false, { sollicitatie: 1, gesprek: 0, aanbod: 0, aangenomen: 0 }],
    ]);
    const own = showVacancyFunnel(rows, true);
    expect(own[0]!.reached.aangenomen.display).toBe('2');
    expect(own[0]!.rates.aangenomen.display).toBe('67%');
    const others = showVacancyFunnel(rows, false);
    expect(others.every((r) => r.allHidden)).toBe(true);
    expect(others.flatMap((r) => Object.values(r.reached)).some((c) => c.kind === 'value' && c.value > 0)).toBe(false);
  });

  it('lists organisations by name with published counts only, and the measure trend per quarter', async () => {
    const overview = await organisationOverview(database.db, {}, names, null);
    // Six applications: nothing of DUO can be shown, so it is named in the sentence, not listed as a row of "…".
    expect(overview).toEqual({ rows: [], hiddenNames: ['Dienst Uitvoering Onderwijs'] });
    const trend = await measureTrend(database.db, {}, RANDSTAD);
    expect(trend.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(trend.table.rowLabels).toEqual(['1e kwartaal 2026', '2e kwartaal 2026']);
    expect(trend.shares.every((c) => c.kind === 'suppressed')).toBe(true);
  });

  it('builds the headline from the published figures and compares with the previous quarter', async () => {
    const source = await headlineSource(database.db, { organisations: ['duo'] }, RANDSTAD);
    expect(source.applicants).toMatchObject({ kind: 'suppressed', display: '<10' });
    const headline = await loadDashboardHeadline(database.db, { organisations: ['duo'] }, {}, ['2026-Q1', '2026-Q2'], RANDSTAD);
    expect(headline).toMatchObject({ periodLabel: '2e kwartaal 2026', previousLabel: '1e kwartaal 2026', chosen: false });
    expect(headline!.figures.map((f) => f.change)).toEqual(Array(4).fill(expect.stringMatching(/^Geen vergelijking met 1e kwartaal 2026/)));
    const first = await loadDashboardHeadline(database.db, { organisations: ['duo'] }, { van: '2026-Q1', tot: '2026-Q1' }, ['2026-Q1', '2026-Q2'], RANDSTAD);
    expect(first!.figures[0]!.change).toBe('Geen vergelijking: er is geen vorige periode.');
    expect(await loadDashboardHeadline(database.db, {}, {}, [], RANDSTAD)).toBeNull();
  });

  it('knows whether an organisation has any intake in a year (for the empty publication preview)', async () => {
    expect(await hasIntakeInYear(database.db, { organisations: ['duo'], jaar: 2026, demo: false })).toBe(true);
    expect(await hasIntakeInYear(database.db, { organisations: ['duo'], jaar: 2025, demo: false })).toBe(false);
    expect(await hasIntakeInYear(database.db, { organisations: ['duo'], jaar: 2026, demo: true })).toBe(false);
    expect(await hasIntakeInYear(database.db, { organisations: ['belastingdienst'], jaar: 2026, demo: false })).toBe(false);
  });
});
