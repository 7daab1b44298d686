import type { Generated } from 'kysely';
import type { MaatregelCode } from '../action-plan/measure-codes.ts';
import type { MaatregelStatus } from '../action-plan/measure-status.ts';
import type { AfstandTot, OmvangEenheid } from '../housing/housing-vocabulary.ts';
import type { PleinStatus } from '../hubs/hub-vocabulary.ts';
import type { GesprekRol, SignaalBron, SignaalSoort, SignaalStatus } from '../signals/signal-vocabulary.ts';
import type { Vakgebied } from '../vacancies/vacancy-vocabulary.ts';

/** One recorded status of an action-plan measure (append-only history). */
export interface MaatregelStatusTable {
  id: Generated<number>;
  maatregel: MaatregelCode;
  status: MaatregelStatus;
  /** ISO date the status describes. */
  peildatum: string;
  notitie: string | null;
  /** Username of the analyst who recorded it. */
  vastgelegd_door: string;
  vastgelegd_op: Generated<Date>;
}

/** One version of a province's kept profile (measure 1a); items are stored one per line. */
export interface ProvincieprofielTable {
  id: Generated<number>;
  provincie_code: string;
  versie: number;
  kernprofiel: string;
  ontwikkelkansen: string;
  bron_soort: 'provincie' | 'eigen-samenvatting';
  bron_omschrijving: string;
  bron_url: string | null;
  /** ISO date of the text itself. */
  bijgewerkt_op: string;
  vastgelegd_door: string;
  vastgelegd_op: Generated<Date>;
}

/** One signal from a talk with regional administrators or ministries (measures 1b, 1c, 2). */
export interface SignaalTable {
  id: Generated<number>;
  provincie_code: string;
  corop_code: string | null;
  organisatie_code: string | null;
  soort: SignaalSoort;
  omschrijving: string;
  /** Signed fte change (growth positive), one decimal. */
  fte_verandering: number | null;
  verwacht_jaar: number | null;
  bron: SignaalBron;
  gesprek_met: GesprekRol;
  /** ISO date of the conversation or meeting. */
  gesprek_datum: string;
  vervolg: string | null;
  status: SignaalStatus;
  vastgelegd_door: string;
  vastgelegd_op: Generated<Date>;
  gewijzigd_door: string | null;
  gewijzigd_op: Date | null;
}

/** A rijksontmoetingsplein as analysts maintain it (measure 4). */
export interface PleinTable {
  id: Generated<number>;
  plaats: string;
  slug: string;
  gemeente_code: string;
  status: PleinStatus;
  faciliteiten: string | null;
  opmerking: string | null;
  bron: string | null;
  bijgewerkt_door: string;
  bijgewerkt_op: Generated<Date>;
}

/** A counter with a rijksfunctie in a hub, where citizens can go (measure 5). */
export interface PleinBalieTable {
  id: Generated<number>;
  plein_id: number;
  organisaties: string;
  diensten: string;
  openingstijden: string;
  bron: string | null;
  bijgewerkt_door: string;
  bijgewerkt_op: Generated<Date>;
}

/** A published (frozen) yearly Groningen account (measure 3); `inhoud` is the account as JSON. */
export interface GroningenVerantwoordingTable {
  jaar: number;
  inhoud: string;
  gepubliceerd_door: string;
  gepubliceerd_op: Generated<Date>;
}

/** One change of a signal's follow-up or status (append-only history). */
export interface SignaalVervolgTable {
  id: Generated<number>;
  signaal_id: number;
  /** Null on the row that records the signal itself. */
  oude_status: SignaalStatus | null;
  nieuwe_status: SignaalStatus;
  oud_vervolg: string | null;
  nieuw_vervolg: string | null;
  notitie: string | null;
  /** Staff account id (gebruiker.id), never a name. */
  door_account_id: number;
  op: Generated<Date>;
}

/** One version of a housing question (measure 1d); a revision is a new row with the next `versie`. */
export interface HuisvestingsvraagTable {
  id: Generated<number>;
  vraag_nummer: number;
  versie: number;
  organisatie_code: string;
  /** Workplaces or fte, one decimal. */
  omvang: number;
  eenheid: OmvangEenheid;
  vakgebied: Vakgebied;
  jaar: number;
  kwartaal: number | null;
  max_afstand_km: number | null;
  afstand_tot: AfstandTot;
  buiten_randstad: boolean;
  /** The current location when the question is a move; null for new workplaces. */
  van_gemeente_code: string | null;
  toelichting: string | null;
  /** Staff account id (gebruiker.id), never a name. */
  vastgelegd_door_account_id: number;
  vastgelegd_op: Generated<Date>;
}

/** The action-plan tables (measure status, province profiles, signals). */
export interface ActionPlanTables {
  maatregel_status: MaatregelStatusTable;
  provincieprofiel: ProvincieprofielTable;
  signaal: SignaalTable;
  plein: PleinTable;
  plein_balie: PleinBalieTable;
  groningen_verantwoording: GroningenVerantwoordingTable;
  signaal_vervolg: SignaalVervolgTable;
  huisvestingsvraag: HuisvestingsvraagTable;
}
