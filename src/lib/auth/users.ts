import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffRole } from '../db/schema-accounts.ts';
import { hashPassword, passwordPolicyProblems } from './password-hash.ts';
import { destroySessionsOfUser } from './sessions.ts';

/** Every staff role, in the order forms list them. */
export const STAFF_ROLES: readonly StaffRole[] = ['hr', 'analist', 'beheerder'];

/** A staff account without its password hash. */
export interface UserSummary {
  id: number;
  gebruikersnaam: string;
  rol: StaffRole;
  actief: boolean;
  organisaties: string[];
  aangemaaktOp: Date;
  laatstIngelogdOp: Date | null;
}

/** The outcome of a change: done, or the problems (Dutch) that prevented it. */
export type UserResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

// Deliberately loose: one @, no spaces, a dot in the domain. Logins are e-mail-like names of staff,
// not mailboxes we send to, so full RFC 5322 would only add surprises.
const USERNAME_PATTERN = /^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The canonical form of a login name: trimmed and lower-case (NFC). */
export function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** Problems with a login name (already normalised); empty when acceptable. */
export function usernameProblems(gebruikersnaam: string): string[] {
  if (gebruikersnaam.length < 3 || gebruikersnaam.length > 254 || !USERNAME_PATTERN.test(gebruikersnaam)) {
    return ['De gebruikersnaam moet een e-mailadres zijn, zoals naam@organisatie.nl.'];
  }
  return [];
}

/** Type guard for a staff role. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

async function organisationProblems(db: Kysely<DB>, rol: StaffRole, codes: string[]): Promise<string[]> {
  if (rol !== 'hr') return codes.length ? ['Alleen HR-coördinatoren worden aan organisaties gekoppeld.'] : [];
  if (codes.length === 0) return ['Een HR-coördinator heeft minstens één organisatie nodig.'];
  const known = new Set((await db.selectFrom('organisatie').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
  return codes.filter((c) => !known.has(c)).map((c) => `Onbekende organisatie "${c}".`);
}

/**
 * Creates a staff account after checking name, role, password policy and organisations
 * (HR coordinators need at least one; other roles see all organisations and take none).
 */
export async function createUser(
  db: Kysely<DB>,
  input: { gebruikersnaam: string; wachtwoord: string; rol: string; organisaties?: string[] },
): Promise<UserResult<UserSummary>> {
  const gebruikersnaam = normaliseUsername(input.gebruikersnaam);
  const organisaties = [...new Set((input.organisaties ?? []).map((c) => c.trim()).filter(Boolean))].sort();
  const problems = usernameProblems(gebruikersnaam);
  if (!isStaffRole(input.rol)) problems.push(`Onbekende rol "${input.rol}"; kies uit ${STAFF_ROLES.join(', ')}.`);
  problems.push(...passwordPolicyProblems(input.wachtwoord, gebruikersnaam));
  if (isStaffRole(input.rol)) problems.push(...(await organisationProblems(db, input.rol, organisaties)));
  if (!problems.length && (await findByUsername(db, gebruikersnaam))) problems.push('Deze gebruikersnaam bestaat al.');
  if (problems.length || !isStaffRole(input.rol)) return { ok: false, problems };
  const rol = input.rol;
  const wachtwoordHash = await hashPassword(input.wachtwoord);
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('gebruiker').values({ gebruikersnaam, wachtwoord_hash: wachtwoordHash, rol, laatst_ingelogd_op: null }).returning('id').executeTakeFirstOrThrow();
      if (organisaties.length) await trx.insertInto('gebruiker_organisatie').values(organisaties.map((organisatie_code) => ({ gebruiker_id: row.id, organisatie_code }))).execute();
      return row.id;
    });
    return { ok: true, value: (await findById(db, id))! };
  } catch (error) {
    // Two creations of the same name at once: the unique constraint decides.
    if ((error as { code?: string }).code === '23505') return { ok: false, problems: ['Deze gebruikersnaam bestaat al.'] };
    throw error;
  }
}

/** Replaces the organisations of an HR coordinator; takes effect at their next request. */
export async function assignOrganisations(db: Kysely<DB>, gebruikerId: number, codes: string[]): Promise<UserResult<string[]>> {
  const user = await findById(db, gebruikerId);
  if (!user) return { ok: false, problems: [`Gebruiker ${gebruikerId} bestaat niet.`] };
  const organisaties = [...new Set(codes.map((c) => c.trim()).filter(Boolean))].sort();
  const problems = await organisationProblems(db, user.rol, organisaties);
  if (problems.length) return { ok: false, problems };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('gebruiker_organisatie').where('gebruiker_id', '=', gebruikerId).execute();
    if (organisaties.length) await trx.insertInto('gebruiker_organisatie').values(organisaties.map((organisatie_code) => ({ gebruiker_id: gebruikerId, organisatie_code }))).execute();
  });
  return { ok: true, value: organisaties };
}

/** Sets a new password (policy-checked) and ends the user's sessions everywhere. */
export async function setPassword(db: Kysely<DB>, gebruikerId: number, wachtwoord: string): Promise<UserResult<null>> {
  const user = await findById(db, gebruikerId);
  if (!user) return { ok: false, problems: [`Gebruiker ${gebruikerId} bestaat niet.`] };
  const problems = passwordPolicyProblems(wachtwoord, user.gebruikersnaam);
  if (problems.length) return { ok: false, problems };
  await db.updateTable('gebruiker').set({ wachtwoord_hash: await hashPassword(wachtwoord) }).where('id', '=', gebruikerId).execute();
  await destroySessionsOfUser(db, gebruikerId);
  return { ok: true, value: null };
}

/** Activates or deactivates an account; deactivation ends its sessions at once. */
export async function setActive(db: Kysely<DB>, gebruikerId: number, actief: boolean): Promise<boolean> {
  const result = await db.updateTable('gebruiker').set({ actief }).where('id', '=', gebruikerId).executeTakeFirst();
  if (!actief) await destroySessionsOfUser(db, gebruikerId);
  return Number(result.numUpdatedRows) > 0;
}

/** The account with this login name (case-insensitive), active or not; null when unknown. */
export async function findByUsername(db: Kysely<DB>, gebruikersnaam: string): Promise<UserSummary | null> {
  const row = await db.selectFrom('gebruiker').select('id').where('gebruikersnaam', '=', normaliseUsername(gebruikersnaam)).executeTakeFirst();
  return row ? findById(db, row.id) : null;
}

/** The account with this id, or null. */
export async function findById(db: Kysely<DB>, gebruikerId: number): Promise<UserSummary | null> {
  const [user] = await selectUsers(db, gebruikerId);
  return user ?? null;
}

/** Every account, ordered by login name (for the CLI and an admin page). */
export async function listUsers(db: Kysely<DB>): Promise<UserSummary[]> {
  return selectUsers(db);
}

async function selectUsers(db: Kysely<DB>, gebruikerId?: number): Promise<UserSummary[]> {
  let query = db.selectFrom('gebruiker').select(['id', 'gebruikersnaam', 'rol', 'actief', 'aangemaakt_op', 'laatst_ingelogd_op']).orderBy('gebruikersnaam');
  if (gebruikerId !== undefined) query = query.where('id', '=', gebruikerId);
  const rows = await query.execute();
  if (!rows.length) return [];
  const links = await db.selectFrom('gebruiker_organisatie').select(['gebruiker_id', 'organisatie_code']).where('gebruiker_id', 'in', rows.map((r) => r.id)).orderBy('organisatie_code').execute();
  return rows.map((r) => ({
    id: r.id,
    gebruikersnaam: r.gebruikersnaam,
    rol: r.rol,
    actief: r.actief,
    organisaties: links.filter((l) => l.gebruiker_id === r.id).map((l) => l.organisatie_code),
    aangemaaktOp: r.aangemaakt_op,
    laatstIngelogdOp: r.laatst_ingelogd_op,
  }));
}
