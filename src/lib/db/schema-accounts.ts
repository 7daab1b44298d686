import type { Generated, Selectable } from 'kysely';

/** What a staff member may do; see src/lib/auth/access-rules.ts for the matrix. */
export type StaffRole = 'hr' | 'analist' | 'beheerder';

/** A staff account (HR coordinator, analyst or administrator); applicants never log in. */
export interface GebruikerTable {
  id: Generated<number>;
  /** Lower-case, e-mail-like login name. */
  gebruikersnaam: string;
  /** Self-describing scrypt hash, see src/lib/auth/password-hash.ts. */
  wachtwoord_hash: string;
  rol: StaffRole;
  aangemaakt_op: Generated<Date>;
  laatst_ingelogd_op: Date | null;
  actief: Generated<boolean>;
}

/** The organisations an HR coordinator works for (their data scope). */
export interface GebruikerOrganisatieTable {
  gebruiker_id: number;
  organisatie_code: string;
}

/** A server-side session; `id` is the sha256 (hex) of the cookie token, never the token itself. */
export interface SessieTable {
  id: string;
  gebruiker_id: number;
  csrf_token: string;
  aangemaakt_op: Generated<Date>;
  verloopt_op: Date;
  laatst_gezien_op: Generated<Date>;
}

/** One failed (or in-flight) login attempt, keyed by an HMAC of username or IP range. */
export interface InlogpogingTable {
  id: Generated<number>;
  sleutel: string;
  tijdstip: Date;
}

/** Tables of the users, sessions and access. */
export interface AccountTables {
  gebruiker: GebruikerTable;
  gebruiker_organisatie: GebruikerOrganisatieTable;
  sessie: SessieTable;
  inlogpoging: InlogpogingTable;
}

export type Gebruiker = Selectable<GebruikerTable>;
