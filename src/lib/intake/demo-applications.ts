import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase, IntakeUitkomst } from '../db/schema-intake.ts';
import { distanceKm } from '../regions/distance.ts';
import { addDays, amsterdamDate } from '../time/amsterdam-time.ts';
import { createRng, weightedPicker, type Rng, type WeightedPicker } from '../vacancies/demo/prng.ts';
import { pseudonymKeyId } from '../secrets/pseudonym-keys.ts';
import { applicantKey } from './applicant-key.ts';
import { createApplicationStaging, mergeStagedApplications, stageApplications, type PreparedApplication } from './application-store.ts';
import { lockOrganisationIntake } from './intake-rollup.ts';
import { DEFAULT_RANDSTAD } from './intake-vocabulary.ts';
import { DEFAULT_RETENTION_POLICY, retentionDate } from './retention-policy.ts';

/** Seed of the demo applications; the same seed and vacancies always give the same applications. */
export const DEMO_APPLICATION_SEED = 20_261_130;

/** A demo vacancy as the generator needs it. */
export interface DemoApplicationVacancy {
  id: string;
  organisatieCode: string;
  kenmerk: string;
  vakgebied: string;
  gepubliceerdOp: string;
  sluitingsdatum: string;
  /** Work municipalities; the first (by code) is the workplace. */
  locations: string[];
}

/** A municipality with a point and a size (used as the relative number of people living there). */
export interface DemoMunicipality {
  code: string;
  provincieCode: string;
  lat: number;
  lon: number;
  mass: number;
}

/** One generated application with the organisation it belongs to. */
export interface DemoApplication extends PreparedApplication {
  organisatieCode: string;
}

// Mean applications per vacancy by field: policy and customer-contact jobs draw many, technical ones few.
const APPLICANTS_PER_FIELD: Record<string, number> = {
  beleid: 30, juridisch: 24, ict: 12, data: 14, financien: 18, hr: 22, communicatie: 28, techniek: 10,
  'inspectie-handhaving': 15, onderzoek: 18, veiligheid: 14, 'zorg-welzijn': 12, facilitair: 14, klantcontact: 30,
  projectmanagement: 20, onderwijs: 14,
};
/** Fields whose applicants come disproportionately from the Randstad (national component weight ×3). */
const RANDSTAD_FIELDS = new Set(['beleid', 'juridisch', 'ict']);
const UNKNOWN_POSTCODE_SHARE = 0.05;
const LOCAL_SHARE = 0.75; // share of applicants drawn by distance decay; the rest from anywhere in the country
const DECAY_KM = 25;
const CONSENT_SHARE = 0.3;
// Conditional stage rates giving about 25% interview, 8% offer and 6% hire overall.
const P_INTERVIEW = 0.25;
const P_OFFER_GIVEN_INTERVIEW = 0.32;
const P_ACCEPT_GIVEN_OFFER = 0.75;

/**
 * Generates applications for demo vacancies: home municipalities by distance decay around the workplace plus a
 * national component (Randstad over-represented for policy, legal and ICT jobs), about 5% without a usable
 * postcode, and a funnel of roughly 25% interview, 8% offer, 6% hire (slightly lower for applicants living far
 * away, so the selection-rate analysis has something to find). Dates stay on or before `today`, except the
 * start date of a hire. Deterministic for a given seed and input order.
 */
export function generateDemoApplications(options: {
  vacancies: readonly DemoApplicationVacancy[];
  municipalities: readonly DemoMunicipality[];
  secret: string;
  today: string;
  seed?: number;
  randstad?: readonly string[];
}): DemoApplication[] {
  const rng = createRng(options.seed ?? DEMO_APPLICATION_SEED);
  const randstad = new Set(options.randstad ?? DEFAULT_RANDSTAD);
  const byCode = new Map(options.municipalities.map((m) => [m.code, m]));
  const pickers = new Map<string, WeightedPicker<DemoMunicipality>>();
  const pickerFor = (work: DemoMunicipality, boostRandstad: boolean): WeightedPicker<DemoMunicipality> => {
    const key = `${work.code}:${boostRandstad}`;
    let picker = pickers.get(key);
    if (!picker) {
      const local = options.municipalities.map((m) => m.mass * Math.exp(-distanceKm(work, m) / DECAY_KM));
      const national = options.municipalities.map((m) => m.mass * (boostRandstad && randstad.has(m.provincieCode) ? 3 : 1));
      const localSum = local.reduce((a, b) => a + b, 0);
      const nationalSum = national.reduce((a, b) => a + b, 0);
      const weights = new Map(options.municipalities.map((m, i) => [m.code, (LOCAL_SHARE * local[i]!) / localSum + ((1 - LOCAL_SHARE) * national[i]!) / nationalSum]));
      picker = weightedPicker(options.municipalities, (m) => weights.get(m.code)!);
      pickers.set(key, picker);
    }
    return picker;
  };

  const out: DemoApplication[] = [];
  let rowNumber = 0;
  for (const vacancy of options.vacancies) {
    const work = byCode.get([...vacancy.locations].sort()[0] ?? '');
    if (!work || vacancy.gepubliceerdOp > options.today) continue;
    const lastDay = vacancy.sluitingsdatum < options.today ? vacancy.sluitingsdatum : options.today;
    const span = daysBetween(vacancy.gepubliceerdOp, lastDay);
    const mean = APPLICANTS_PER_FIELD[vacancy.vakgebied] ?? 18;
    const count = Math.max(1, Math.round(mean * (0.5 + rng.next())));
    const picker = pickerFor(work, RANDSTAD_FIELDS.has(vacancy.vakgebied));
    for (let i = 1; i <= count; i++) {
      const home = picker.draw(rng);
      const far = distanceKm(work, home) > 60;
      const sollicitatiedatum = addDays(vacancy.gepubliceerdOp, rng.int(0, span));
      const procedure = simulateProcedure(rng, sollicitatiedatum, options.today, far);
      const toestemming = rng.chance(CONSENT_SHARE);
      const unknownHome = rng.chance(UNKNOWN_POSTCODE_SHARE);
      out.push({
        organisatieCode: vacancy.organisatieCode,
        rowNumber: ++rowNumber,
        sollicitantSleutel: applicantKey(options.secret, vacancy.organisatieCode, `demo-${vacancy.kenmerk}-${i}`),
        vacatureId: vacancy.id,
        externeVacature: null,
        werkplaatsGemeenteCode: work.code,
        sollicitatiedatum,
        woonGemeenteCode: unknownHome ? null : home.code,
        ...procedure,
        toestemming,
        bewarenTot: retentionDate({ sollicitatiedatum, ...procedure, toestemming }, DEFAULT_RETENTION_POLICY),
      });
    }
  }
  return out;
}

/** Whole days from `from` to `to` (ISO dates), at least 0. */
function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000));
}

/** A date `min..max` days after `date`, but never after `today` (and never before `date`). */
function later(rng: Rng, date: string, min: number, max: number, today: string): string {
  const candidate = addDays(date, rng.int(min, max));
  return candidate > today ? (date > today ? date : today) : candidate;
}

/** Draws how far an application got, its outcome and its dates. */
function simulateProcedure(
  rng: Rng,
  applied: string,
  today: string,
  far: boolean,
): { fase: IntakeFase; uitkomst: IntakeUitkomst; datumGesprek: string | null; datumAanbod: string | null; datumIndiensttreding: string | null } {
  const none = { datumGesprek: null, datumAanbod: null, datumIndiensttreding: null };
  if (!rng.chance(P_INTERVIEW * (far ? 0.8 : 1.05))) {
    return { fase: 'sollicitatie', uitkomst: rng.chance(0.92) ? 'afgewezen' : 'teruggetrokken', ...none };
  }
  const datumGesprek = later(rng, applied, 5, 25, today);
  if (!rng.chance(P_OFFER_GIVEN_INTERVIEW)) {
    return { fase: 'gesprek', uitkomst: rng.chance(0.85) ? 'afgewezen' : 'teruggetrokken', ...none, datumGesprek };
  }
  const datumAanbod = later(rng, datumGesprek, 3, 14, today);
  if (!rng.chance(P_ACCEPT_GIVEN_OFFER)) {
    return { fase: 'aanbod', uitkomst: 'teruggetrokken', ...none, datumGesprek, datumAanbod };
  }
  // The start date may lie in the future, as it does for real hires.
  return { fase: 'aangenomen', uitkomst: 'aangenomen', datumGesprek, datumAanbod, datumIndiensttreding: addDays(datumAanbod, rng.int(30, 75)) };
}

/** What {@link seedDemoApplications} did. */
export interface DemoApplicationSeedResult {
  seeded: boolean;
  applications: number;
}

/**
 * Loads demo applications (is_demo = true) for the demo vacancies in the database, through the same staging and
 * upsert as a real import, then refreshes the rollups. Does nothing when demo applications (or their rollup
 * cells) already exist, or when there are no demo vacancies.
 */
export async function seedDemoApplications(
  db: Kysely<DB>,
  options: { secret: string; now?: Date; seed?: number; randstad?: readonly string[] },
): Promise<DemoApplicationSeedResult> {
  const existing = await db
    .selectFrom('sollicitatie')
    .select('organisatie_code')
    .where('is_demo', '=', true)
    .union(db.selectFrom('instroom_kwartaal').select('organisatie_code').where('is_demo', '=', true))
    .limit(1)
    .execute();
  if (existing.length > 0) return { seeded: false, applications: 0 };
  const today = amsterdamDate(options.now ?? new Date());
  const [vacancies, locations, municipalities] = await Promise.all([
    db
      .selectFrom('vacature')
      .select(['id', 'organisatie_code', 'kenmerk', 'vakgebied', 'gepubliceerd_op', 'sluitingsdatum'])
      .where('is_demo', '=', true)
      .orderBy('organisatie_code')
      .orderBy('kenmerk')
      .execute(),
    db
      .selectFrom('vacature_locatie')
      .innerJoin('vacature', 'vacature.id', 'vacature_locatie.vacature_id')
      .select(['vacature_locatie.vacature_id', 'vacature_locatie.gemeente_code'])
      .where('vacature.is_demo', '=', true)
      .execute(),
    db
      .selectFrom('gemeente')
      .leftJoin('pc4', 'pc4.gemeente_code', 'gemeente.code')
      .select((eb) => ['gemeente.code', 'gemeente.provincie_code', 'gemeente.lat', 'gemeente.lon', eb.fn.count<number>('pc4.pc4').as('mass')])
      .groupBy(['gemeente.code', 'gemeente.provincie_code', 'gemeente.lat', 'gemeente.lon'])
      .orderBy('gemeente.code')
      .execute(),
  ]);
  if (vacancies.length === 0) return { seeded: false, applications: 0 };
  const byVacancy = new Map<string, string[]>();
  for (const l of locations) byVacancy.set(l.vacature_id, [...(byVacancy.get(l.vacature_id) ?? []), l.gemeente_code]);
  const applications = generateDemoApplications({
    vacancies: vacancies.map((v) => ({
      id: v.id,
      organisatieCode: v.organisatie_code,
      kenmerk: v.kenmerk,
      vakgebied: v.vakgebied,
      gepubliceerdOp: v.gepubliceerd_op,
      sluitingsdatum: v.sluitingsdatum,
      locations: byVacancy.get(v.id) ?? [],
    })),
    // A municipality without postcodes in the table still gets some weight (mass 1).
    municipalities: municipalities.map((m) => ({ code: m.code, provincieCode: m.provincie_code, lat: m.lat, lon: m.lon, mass: Math.max(1, Number(m.mass)) })),
    secret: options.secret,
    today,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.randstad ? { randstad: options.randstad } : {}),
  });
  const byOrganisation = new Map<string, DemoApplication[]>();
  for (const a of applications) {
    const list = byOrganisation.get(a.organisatieCode);
    if (list) list.push(a);
    else byOrganisation.set(a.organisatieCode, [a]);
  }
  await db.transaction().execute(async (trx) => {
    await createApplicationStaging(trx);
    for (const [organisatieCode, rows] of [...byOrganisation].sort(([a], [b]) => a.localeCompare(b))) {
      await lockOrganisationIntake(trx, organisatieCode);
      const entry = await trx
        .insertInto('sollicitatie_import')
        .values({ organisatie_code: organisatieCode, door: 'voorbeeldgegevens', geaccepteerd: rows.length, afgewezen: 0, ongewijzigd: 0, is_demo: true, ingelezen_op: options.now ?? new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await stageApplications(trx, rows);
      await mergeStagedApplications(trx, { organisatieCode, importId: Number(entry.id), isDemo: true, today, expired: 'store', keyId: pseudonymKeyId(options.secret) });
    }
  });
  return { seeded: true, applications: applications.length };
}
