import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import type { SearchConnection } from '../../../src/lib/search/search-client.ts';
import { markIndexStale, maintainSearchIndex } from '../../../src/lib/search/search-maintenance.ts';
import { rebuildVacancyIndexes } from '../../../src/lib/search/vacancy-indexer.ts';
import { renderSharePng } from '../../../src/lib/share-images/render-png.ts';
import { vacancyShareElement } from '../../../src/lib/share-images/vacancy-share-image.ts';
import { closingReminderIcs } from '../../../src/lib/vacancies/closing-reminder-ics.ts';
import { jobPostingJsonLd } from '../../../src/lib/vacancies/job-posting.ts';
import { loadVacancyPage } from '../../../src/lib/vacancies/vacancy-page-data.ts';
import { loadVacancyRecords } from '../../../src/lib/vacancies/vacancy-record.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { dropTestIndexes, testSearchConnection } from '../../support/test-search.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// Rows like these were written before input had a date range (issue 11, defect 1): one of them stopped start-up,
// the search maintenance job and the vacancy page with "Invalid time value".
const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;
let search: SearchConnection;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  search = testSearchConnection();
  ids.ok = (await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'OK-1' })]))[0]!;
  ids.far = (await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'FAR-1', titel: 'Adviseur tot het jaar 9999' })]))[0]!;
  ids.future = (await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'FUT-1', titel: 'Adviseur uit de toekomst' })]))[0]!;
  ids.beyond = (await publish(database.db, 'duo', [vacancyInput({ kenmerk: 'BEY-1', titel: 'Adviseur na het jaar 9999' })]))[0]!;
  // Written around the input validation, as an old row or a manual edit would be.
  await database.db.updateTable('vacature').set({ sluitingsdatum: '9999-12-31' }).where('id', '=', ids.far).execute();
  await database.db.updateTable('vacature').set({ gepubliceerd_op: '2099-01-01', sluitingsdatum: '2099-12-31' }).where('id', '=', ids.future).execute();
  await sql`update vacature set sluitingsdatum = date '10000-01-01' where id = ${ids.beyond}`.execute(database.db);
});

afterAll(async () => {
  await dropTestIndexes(search);
  await database.close();
});

describe('a vacancy stored with an out-of-range date', () => {
  it('rebuilds and maintains the search index without throwing; only valid open vacancies are indexed', async () => {
    await rebuildVacancyIndexes(database.db, search, NOW);
    await markIndexStale(database.db);
    expect(await maintainSearchIndex(database.db, search, NOW)).toBe('rebuilt');
    // (The index's "out of step" check in src/lib/search still counts rows by closing date only, so it may ask for
    // another rebuild; what matters here is that the job runs through.)
    await expect(maintainSearchIndex(database.db, search, NOW)).resolves.toMatch(/^(rebuilt|maintained)$/);
    const { results } = await search.client.index(`${search.indexPrefix}vacatures`).getDocuments({ limit: 10, fields: ['vacatureId'] });
    expect(results.map((d) => d.vacatureId).sort()).toEqual([ids.ok, ids.far].sort());
  }, 180_000); // two full rebuilds against the real Meilisearch; slow when the machine is shared

  it('renders the page data, the calendar, the JSON-LD and the share image of a vacancy closing on 9999-12-31', async () => {
    const page = await loadVacancyPage(database.db, (await loadVacancyRecords(database.db, { ids: [ids.far!] }))[0]!.slug, [], NOW);
    expect(page?.status).toBe('open');
    const ics = closingReminderIcs({ id: ids.far!, titel: page!.vacancy.titel, organisatie: 'DUO', sluitingsdatum: page!.vacancy.sluitingsdatum, url: 'http://x/v' }, NOW);
    expect(ics).toContain('DTSTART;VALUE=DATE:99991231');
    expect(() => jobPostingJsonLd(page!.vacancy, { url: 'http://x/v' })).not.toThrow();
    const png = await renderSharePng(vacancyShareElement(page!.share));
    expect(png.length).toBeGreaterThan(1000);
  });

  it('shows a vacancy published in 2099 as closed, not open', async () => {
    const [record] = await loadVacancyRecords(database.db, { ids: [ids.future!] });
    expect((await loadVacancyPage(database.db, record!.slug, [], NOW))?.status).toBe('gesloten');
  });

  it('skips a row whose year JavaScript cannot represent as a date string, so nothing downstream sees it', async () => {
    expect(await loadVacancyRecords(database.db, { ids: [ids.beyond!] })).toEqual([]);
    expect((await loadVacancyRecords(database.db, {})).map((r) => r.id).sort()).toEqual([ids.ok, ids.far, ids.future].sort());
  });
});
