import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { applyColumnsOf } from './vacancy-apply.ts';
import { sanitizeDescription } from './sanitize-description.ts';
import type { VacancyInput } from './vacancy-input.ts';
import { vacancySlug } from './vacancy-slug.ts';

/** What happened to one vacancy in a publish. */
export type PublishOutcome = { kenmerk: string; id: string; result: 'created' | 'updated' | 'unchanged' };

/** A standplaats that is not a known municipality. */
export class UnknownMunicipalityError extends Error {
  override name = 'UnknownMunicipalityError';
  readonly value: string;
  constructor(value: string) {
    super(`onbekende gemeente "${value.slice(0, 60)}" (gebruik een CBS-code zoals GM0014 of de gemeentenaam)`);
    this.value = value;
  }
}

/** Resolves standplaatsen (codes or names) to CBS municipality codes; throws for an unknown one. */
export function resolveStandplaatsen(catalog: RegionCatalog, standplaatsen: string[]): string[] {
  const codes: string[] = [];
  for (const value of standplaatsen) {
    const m = catalog.municipality(value);
    if (!m) throw new UnknownMunicipalityError(value);
    if (!codes.includes(m.code)) codes.push(m.code);
  }
  return codes;
}

function contentHash(input: VacancyInput, description: string, gemeenteCodes: string[]): string {
  const { beschrijving: _ignored, standplaatsen: _alsoIgnored, ...rest } = input;
  return createHash('sha256').update(JSON.stringify([rest, description, [...gemeenteCodes].sort()])).digest('hex');
}

/**
 * Writes vacancies of one organisation inside the caller's transaction. Idempotent on
 * (organisation, kenmerk): a row whose content is unchanged is not touched at all, so publishing
 * the same file twice changes nothing.
 */
export async function publishVacancies(
  trx: Transaction<DB> | Kysely<DB>,
  organisatieCode: string,
  rows: { input: VacancyInput; gemeenteCodes: string[] }[],
  options: { isDemo?: boolean } = {},
): Promise<PublishOutcome[]> {
  const outcomes: PublishOutcome[] = [];
  // Locking the existing rows serializes concurrent updates of one vacancy (two nodes, a retried POST).
  const existingRows = rows.length
    ? await trx.selectFrom('vacature').select(['id', 'kenmerk', 'inhoud_hash']).where('organisatie_code', '=', organisatieCode).where('kenmerk', 'in', rows.map((r) => r.input.kenmerk)).forUpdate().execute()
    : [];
  const existing = new Map(existingRows.map((r) => [r.kenmerk, r]));
  for (const { input, gemeenteCodes } of rows) {
    const description = sanitizeDescription(input.beschrijving);
    const hash = contentHash(input, description, gemeenteCodes);
    let before = existing.get(input.kenmerk);
    if (before && before.inhoud_hash === hash) {
      outcomes.push({ kenmerk: input.kenmerk, id: before.id, result: 'unchanged' });
      continue;
    }
    const values = {
      titel: input.titel,
      samenvatting: input.samenvatting,
      beschrijving_html: description,
      schaal_min: input.schaalMin,
      schaal_max: input.schaalMax,
      salaris_min: input.salarisMin,
      salaris_max: input.salarisMax,
      uren_min: input.urenMin,
      uren_max: input.urenMax,
      opleidingsniveau: input.opleidingsniveau,
      vakgebied: input.vakgebied,
      contract: input.contract,
      werkwijze: input.werkwijze,
      vanaf_rijksontmoetingsplein: input.vanafRijksontmoetingsplein,
      gepubliceerd_op: input.gepubliceerdOp,
      sluitingsdatum: input.sluitingsdatum,
      status: input.status,
      inhoud_hash: hash,
      ...applyColumnsOf(input),
    };
    let id: string | undefined;
    if (!before) {
      // INSERT … ON CONFLICT DO NOTHING: ten identical POSTs at once (or two nodes seeding) must not fail on a
      // unique key; the losers find the winner's row below and treat it like an existing one. No conflict target:
      // PostgreSQL only arbitrates the named index, and a racing twin can trip the slug's unique index first
      // (same kenmerk, same slug), which then raised 23505 instead of doing nothing.
      const created = await trx
        .insertInto('vacature')
        .values({ ...values, organisatie_code: organisatieCode, kenmerk: input.kenmerk, slug: vacancySlug(input.titel, organisatieCode, input.kenmerk), is_demo: options.isDemo ?? false })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (created) {
        id = created.id;
        await trx.insertInto('vacature_locatie').values(gemeenteCodes.map((gemeente_code) => ({ vacature_id: created.id, gemeente_code }))).execute();
        outcomes.push({ kenmerk: input.kenmerk, id: created.id, result: 'created' });
        continue;
      }
      before = await trx.selectFrom('vacature').select(['id', 'kenmerk', 'inhoud_hash']).where('organisatie_code', '=', organisatieCode).where('kenmerk', '=', input.kenmerk).forUpdate().executeTakeFirstOrThrow();
      if (before.inhoud_hash === hash) {
        outcomes.push({ kenmerk: input.kenmerk, id: before.id, result: 'unchanged' });
        continue;
      }
    }
    id = before.id;
    await trx.updateTable('vacature').set({ ...values, gewijzigd_op: new Date() }).where('id', '=', id).execute();
    await trx.deleteFrom('vacature_locatie').where('vacature_id', '=', id).execute();
    await trx.insertInto('vacature_locatie').values(gemeenteCodes.map((gemeente_code) => ({ vacature_id: id!, gemeente_code }))).execute();
    outcomes.push({ kenmerk: input.kenmerk, id, result: 'updated' });
  }
  return outcomes;
}
