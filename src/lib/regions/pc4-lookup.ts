import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** What a 4-digit postcode resolves to. */
export type PostcodeLookup =
  | {
      found: true;
      pc4: string;
      gemeente: { code: string; naam: string; lat: number; lon: number };
      provincie: { code: string; naam: string; slug: string };
      corop: { code: string; naam: string };
    }
  | { found: false; pc4: string | null; reason: 'ongeldig' | 'onbekend'; message: string };

/** Extracts the 4 digits from inputs like "9711", "9711 AB" or "9711ab"; null when it is not a postcode. */
export function toPc4(input: string): string | null {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$/.exec(input);
  return match?.[1] ?? null;
}

/**
 * Maps a 4-digit postcode to its municipality, COROP region and province.
 * About 41 postcodes in use since 2014 are missing from the reference table; they come back as
 * `onbekend` with a message, never as an error.
 */
export async function lookupPostcode(db: Kysely<DB>, input: string): Promise<PostcodeLookup> {
  const pc4 = toPc4(input);
  if (!pc4) {
    return { found: false, pc4: null, reason: 'ongeldig', message: `"${input.trim().slice(0, 10)}" is geen geldige postcode (verwacht 4 cijfers, bijvoorbeeld 9711).` };
  }
  const row = await db
    .selectFrom('pc4')
    .innerJoin('gemeente', 'gemeente.code', 'pc4.gemeente_code')
    .innerJoin('provincie', 'provincie.code', 'gemeente.provincie_code')
    .innerJoin('corop', 'corop.code', 'gemeente.corop_code')
    .select([
      'gemeente.code as gemeente_code',
      'gemeente.naam as gemeente_naam',
      'gemeente.lat',
      'gemeente.lon',
      'provincie.code as provincie_code',
      'provincie.naam as provincie_naam',
      'provincie.slug as provincie_slug',
      'corop.code as corop_code',
      'corop.naam as corop_naam',
    ])
    .where('pc4.pc4', '=', pc4)
    .executeTakeFirst();
  if (!row) {
    return { found: false, pc4, reason: 'onbekend', message: `Postcode ${pc4} staat niet in onze postcodetabel. Kies een provincie of plaats.` };
  }
  return {
    found: true,
    pc4,
    gemeente: { code: row.gemeente_code, naam: row.gemeente_naam, lat: row.lat, lon: row.lon },
    provincie: { code: row.provincie_code, naam: row.provincie_naam, slug: row.provincie_slug },
    corop: { code: row.corop_code, naam: row.corop_naam },
  };
}
