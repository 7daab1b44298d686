import type { Kysely } from 'kysely';
import type { DB } from '../src/lib/db/schema.ts';
import { generateDemoFromDatabase } from '../src/lib/bootstrap/seed-demo-data.ts';
import { sanitizeDescription } from '../src/lib/vacancies/sanitize-description.ts';
import { vacancySlug } from '../src/lib/vacancies/vacancy-slug.ts';

/**
 * Loads N generated demo vacancies with multi-row inserts (benchmark set-up only; the product
 * publishes through publishVacancies, which compares content hashes row by row).
 */
export async function bulkLoadDemoVacancies(db: Kysely<DB>, count: number, today: string): Promise<number> {
  const demo = await generateDemoFromDatabase(db, { count, seed: 7, today });
  const BATCH = 1000;
  for (let i = 0; i < demo.length; i += BATCH) {
    const chunk = demo.slice(i, i + BATCH);
    await db.transaction().execute(async (trx) => {
      const rows = await trx
        .insertInto('vacature')
        .values(chunk.map((v) => ({
          organisatie_code: v.organisatieCode, kenmerk: v.kenmerk, slug: vacancySlug(v.titel, v.organisatieCode, v.kenmerk), titel: v.titel,
          samenvatting: v.samenvatting, beschrijving_html: sanitizeDescription(v.beschrijving), schaal_min: v.schaalMin, schaal_max: v.schaalMax,
          salaris_min: v.salarisMin, salaris_max: v.salarisMax, uren_min: v.urenMin, uren_max: v.urenMax, opleidingsniveau: v.opleidingsniveau,
          vakgebied: v.vakgebied, contract: v.contract, werkwijze: v.werkwijze, vanaf_rijksontmoetingsplein: v.vanafRijksontmoetingsplein,
          gepubliceerd_op: v.gepubliceerdOp, sluitingsdatum: v.sluitingsdatum, status: v.status, is_demo: true, inhoud_hash: 'bench',
        })))
        .returning(['id', 'kenmerk', 'organisatie_code'])
        .execute();
      const byKey = new Map(rows.map((r) => [`${r.organisatie_code}/${r.kenmerk}`, r.id]));
      await trx
        .insertInto('vacature_locatie')
        .values(chunk.flatMap((v) => v.gemeenteCodes.map((gemeente_code) => ({ vacature_id: byKey.get(`${v.organisatieCode}/${v.kenmerk}`)!, gemeente_code }))))
        .execute();
    });
  }
  return demo.length;
}
