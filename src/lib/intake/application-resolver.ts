import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RowIssue } from '../import/row-report.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { applicantKey } from './applicant-key.ts';
import type { ApplicationRow } from './application-row-schema.ts';
import type { PreparedApplication } from './application-store.ts';
import { DEFAULT_RETENTION_POLICY, retentionDate, type RetentionPolicy } from './retention-policy.ts';

/** A vacancy of the organisation as the import sees it. */
interface KnownVacancy {
  id: string;
  /** Work municipalities, sorted by code; the first is used when the file names no workplace. */
  locations: string[];
}

/** Outcome of resolving one row: a prepared application (maybe with a notice) or the issues that reject it. */
export type ResolveResult =
  | { ok: true; application: PreparedApplication; notices: RowIssue[] }
  | { ok: false; issues: RowIssue[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Quotes a value from the file in a message, shortened. Only used for vacancy and municipality values. */
const quoted = (value: string): string => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/**
 * Turns validated rows into storable applications for one organisation: pseudonymises the applicant (under the
 * current key, and under every previous key so an applicant stored before a rotation is found), matches
 * the vacancy (our id, our kenmerk, otherwise the organisation's own reference), finds the workplace and maps
 * the PC4 to a home municipality. The PC4 is dropped here; it never reaches the database.
 */
export class ApplicationResolver {
  private readonly byId: Map<string, KnownVacancy>;
  private readonly byKenmerk: Map<string, KnownVacancy>;
  private readonly pc4: Map<string, string>;
  private readonly catalog: RegionCatalog;
  private readonly organisatieCode: string;
  private readonly secret: string;
  private readonly previousSecrets: readonly string[];
  private readonly retention: RetentionPolicy;

  constructor(data: {
    organisatieCode: string;
    secret: string;
    /** Master secrets of earlier pseudonym keys (APP_SECRET_PREVIOUS), to recognise applicants stored under them. */
    previousSecrets?: readonly string[];
    catalog: RegionCatalog;
    vacancies: { id: string; kenmerk: string; locations: string[] }[];
    pc4: Map<string, string>;
    retention?: RetentionPolicy;
  }) {
    this.organisatieCode = data.organisatieCode;
    this.secret = data.secret;
    this.previousSecrets = data.previousSecrets ?? [];
    this.catalog = data.catalog;
    this.pc4 = data.pc4;
    this.retention = data.retention ?? DEFAULT_RETENTION_POLICY;
    this.byId = new Map();
    this.byKenmerk = new Map();
    for (const v of data.vacancies) {
      const known = { id: v.id, locations: [...v.locations].sort() };
      this.byId.set(v.id.toLowerCase(), known);
      this.byKenmerk.set(v.kenmerk.trim().toLowerCase(), known);
    }
  }

  /** Loads the organisation's vacancies (with locations) and the PC4 table. */
  static async load(
    db: Kysely<DB> | Transaction<DB>,
    options: { organisatieCode: string; secret: string; previousSecrets?: readonly string[]; catalog: RegionCatalog; retention?: RetentionPolicy },
  ): Promise<ApplicationResolver> {
    const [vacancies, locations, pc4] = await Promise.all([
      db.selectFrom('vacature').select(['id', 'kenmerk']).where('organisatie_code', '=', options.organisatieCode).execute(),
      db
        .selectFrom('vacature_locatie')
        .innerJoin('vacature', 'vacature.id', 'vacature_locatie.vacature_id')
        .select(['vacature_locatie.vacature_id', 'vacature_locatie.gemeente_code'])
        .where('vacature.organisatie_code', '=', options.organisatieCode)
        .execute(),
      db.selectFrom('pc4').select(['pc4', 'gemeente_code']).execute(),
    ]);
    const byVacancy = new Map<string, string[]>();
    for (const l of locations) byVacancy.set(l.vacature_id, [...(byVacancy.get(l.vacature_id) ?? []), l.gemeente_code]);
    return new ApplicationResolver({
      ...options,
      vacancies: vacancies.map((v) => ({ id: v.id, kenmerk: v.kenmerk, locations: byVacancy.get(v.id) ?? [] })),
      pc4: new Map(pc4.map((p) => [p.pc4, p.gemeente_code])),
    });
  }

  /** Resolves one validated row (see the class comment). */
  resolve(rowNumber: number, row: ApplicationRow): ResolveResult {
    const issues: RowIssue[] = [];
    const notices: RowIssue[] = [];
    const key = row.vacature.toLowerCase();
    const looksLikeId = UUID.test(row.vacature);
    const known = (looksLikeId ? this.byId.get(key) : undefined) ?? this.byKenmerk.get(key);

    let werkplaats: string | null = null;
    if (row.werkplaatsGemeente !== null) {
      const municipality = this.catalog.municipality(row.werkplaatsGemeente);
      if (municipality) werkplaats = municipality.code;
      else {
        issues.push({
          rowNumber,
          field: 'werkplaats_gemeente',
          message: `Onbekende gemeente ${quoted(row.werkplaatsGemeente)}. Gebruik een CBS-gemeentecode (bijvoorbeeld GM0014) of de gemeentenaam.`,
        });
      }
    } else if (known) {
      werkplaats = known.locations[0] ?? null;
      if (werkplaats === null) {
        issues.push({ rowNumber, field: 'werkplaats_gemeente', message: 'De vacature heeft geen standplaats; vul werkplaats_gemeente in.' });
      }
    } else {
      issues.push({
        rowNumber,
        field: 'vacature',
        message: `Onbekende vacature ${quoted(row.vacature)}: dit is geen vacature-id of kenmerk van je organisatie op dit platform. Vul werkplaats_gemeente in om de sollicitatie met je eigen vacaturenummer in te lezen.`,
      });
    }

    if (!known && looksLikeId && werkplaats !== null) {
      notices.push({ rowNumber, field: 'vacature', message: 'Dit vacature-id hoort niet bij een vacature van je organisatie op dit platform; ingelezen als je eigen vacaturenummer.' });
    }

    let woon: string | null = null;
    if (row.pc4 !== null) {
      woon = this.pc4.get(row.pc4) ?? null;
      if (woon === null) {
        notices.push({ rowNumber, field: 'postcode', message: 'Postcode niet gevonden in de postcodetabel: de woonregio wordt "onbekend".' });
      }
    } else if (row.postcodeStatus === 'ongeldig') {
      notices.push({ rowNumber, field: 'postcode', message: 'Geen Nederlandse postcode (vier cijfers, eventueel met twee letters): de woonregio wordt "onbekend".' });
    }

    if (issues.length > 0 || werkplaats === null) return { ok: false, issues };
    return {
      ok: true,
      notices,
      application: {
        rowNumber,
        sollicitantSleutel: applicantKey(this.secret, this.organisatieCode, row.sollicitantId),
        eerdereSleutels: this.previousSecrets.map((previous) => applicantKey(previous, this.organisatieCode, row.sollicitantId)),
        vacatureId: known ? known.id : null,
        externeVacature: known ? null : row.vacature,
        werkplaatsGemeenteCode: werkplaats,
        sollicitatiedatum: row.sollicitatiedatum,
        woonGemeenteCode: woon,
        fase: row.fase,
        uitkomst: row.uitkomst,
        datumGesprek: row.datumGesprek,
        datumAanbod: row.datumAanbod,
        datumIndiensttreding: row.datumIndiensttreding,
        bewarenTot: retentionDate(row, this.retention),
        toestemming: row.toestemming,
      },
    };
  }
}
