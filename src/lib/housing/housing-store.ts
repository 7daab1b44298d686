import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { HuisvestingsvraagTable } from '../db/schema-action-plan.ts';
import type { HousingQuestionInput } from './housing-input.ts';

/** One stored version of a housing question. */
export type HousingQuestionRecord = Selectable<HuisvestingsvraagTable>;

/**
 * Stores a housing question: a new question (next number, version 1) or, with `vraagNummer`, the next version
 * of an existing one. Two analysts saving at once cannot get the same number/version: the unique constraint
 * refuses the second, which retries.
 */
export async function recordHousingQuestion(db: Kysely<DB>, input: HousingQuestionInput, accountId: number, vraagNummer?: number): Promise<HousingQuestionRecord> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db
        .insertInto('huisvestingsvraag')
        .values({
          vraag_nummer: vraagNummer ?? sql<number>`(select coalesce(max(vraag_nummer), 0) + 1 from huisvestingsvraag)`,
          versie: vraagNummer === undefined ? 1 : sql<number>`(select coalesce(max(versie), 0) + 1 from huisvestingsvraag where vraag_nummer = ${vraagNummer})`,
          organisatie_code: input.organisatie,
          omvang: input.omvang,
          eenheid: input.eenheid,
          vakgebied: input.vakgebied,
          jaar: input.jaar,
          kwartaal: input.kwartaal,
          max_afstand_km: input.max_afstand_km,
          afstand_tot: input.afstand_tot,
          buiten_randstad: input.buiten_randstad,
          van_gemeente_code: input.van_gemeente,
          toelichting: input.toelichting,
          vastgelegd_door_account_id: accountId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (attempt < 2 && /huisvestingsvraag_versie_uq/.test(String(error))) continue;
      throw error;
    }
  }
}

/** The latest version of every question, newest question first. */
export async function listHousingQuestions(db: Kysely<DB>): Promise<HousingQuestionRecord[]> {
  const rows = await db.selectFrom('huisvestingsvraag').selectAll().distinctOn('vraag_nummer').orderBy('vraag_nummer', 'desc').orderBy('versie', 'desc').execute();
  return rows;
}

/** Every version of one question, newest first (empty when it does not exist). */
export async function housingQuestionVersions(db: Kysely<DB>, vraagNummer: number): Promise<HousingQuestionRecord[]> {
  return db.selectFrom('huisvestingsvraag').selectAll().where('vraag_nummer', '=', vraagNummer).orderBy('versie', 'desc').execute();
}

/** The question as the form shows it again (to make a new version from). */
export function housingQuestionToForm(q: HousingQuestionRecord): Record<string, string> {
  return {
    organisatie: q.organisatie_code,
    omvang: String(q.omvang).replace('.', ','),
    eenheid: q.eenheid,
    vakgebied: q.vakgebied,
    jaar: String(q.jaar),
    kwartaal: q.kwartaal === null ? '' : String(q.kwartaal),
    max_afstand_km: q.max_afstand_km === null ? '' : String(q.max_afstand_km),
    afstand_tot: q.afstand_tot,
    buiten_randstad: q.buiten_randstad ? 'ja' : '',
    van_gemeente: q.van_gemeente_code ?? '',
    toelichting: q.toelichting ?? '',
  };
}
