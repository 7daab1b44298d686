import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * Hand-written table types. `tests/integration/db/schema-types.test.ts` compares them with the
 * migrated database, so a migration without a matching change here fails the build.
 * Dates (`date`) are ISO strings 'YYYY-MM-DD'; `numeric` comes back as number (see type parsers).
 */
export interface ProvincieTable {
  code: string;
  naam: string;
  slug: string;
  iso_code: string;
}

export interface CoropTable {
  code: string;
  naam: string;
  provincie_code: string;
}

export interface GemeenteTable {
  code: string;
  naam: string;
  provincie_code: string;
  corop_code: string;
  lat: number;
  lon: number;
}

export interface Pc4Table {
  pc4: string;
  gemeente_code: string;
  soort: string;
}

export interface CbsRegiocijferTable {
  jaar: number;
  regio_code: string;
  bevolking: number | null;
  beroepsbevolking: number | null;
  cbs_tabel: string;
  bron: string;
}

export interface RijksontmoetingspleinTable {
  id: Generated<number>;
  plaats: string;
  gemeente_code: string;
  status: string;
  opmerking: string | null;
  bron: string;
}

export type Sector = 'ministerie' | 'politie' | 'rechtspraak' | 'dji' | 'defensie' | 'zbo';

export interface OrganisatieTable {
  code: string;
  naam: string;
  afkorting: string | null;
  ministerie_code: string | null;
  sector: Sector;
}

export interface OrganisatieVestigingTable {
  organisatie_code: string;
  gemeente_code: string;
  gewicht: number;
}

export interface RijkswerkgelegenheidGepubliceerdTable {
  peildatum: string;
  regio_code: string;
  sector: string;
  fte: number;
  opmerking: string | null;
  bron: string;
}

export type VacatureStatus = 'open' | 'gesloten' | 'vervuld';

export interface VacatureTable {
  id: Generated<string>;
  organisatie_code: string;
  kenmerk: string;
  slug: string;
  titel: string;
  samenvatting: string;
  beschrijving_html: string;
  schaal_min: number;
  schaal_max: number;
  salaris_min: number;
  salaris_max: number;
  uren_min: number;
  uren_max: number;
  opleidingsniveau: string;
  vakgebied: string;
  contract: string;
  werkwijze: string;
  vanaf_rijksontmoetingsplein: boolean;
  gepubliceerd_op: string;
  sluitingsdatum: string;
  status: VacatureStatus;
  is_demo: Generated<boolean>;
  inhoud_hash: string;
  aangemaakt_op: Generated<Date>;
  gewijzigd_op: Generated<Date>;
}

export interface VacatureLocatieTable {
  vacature_id: string;
  gemeente_code: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  organisatie_code: string;
  label: string;
  token_hash: string;
  aangemaakt_op: Generated<Date>;
  ingetrokken_op: Date | null;
}

/** The whole database, as Kysely sees it. */
export interface DB {
  provincie: ProvincieTable;
  corop: CoropTable;
  gemeente: GemeenteTable;
  pc4: Pc4Table;
  cbs_regiocijfer: CbsRegiocijferTable;
  rijksontmoetingsplein: RijksontmoetingspleinTable;
  organisatie: OrganisatieTable;
  organisatie_vestiging: OrganisatieVestigingTable;
  rijkswerkgelegenheid_gepubliceerd: RijkswerkgelegenheidGepubliceerdTable;
  vacature: VacatureTable;
  vacature_locatie: VacatureLocatieTable;
  api_token: ApiTokenTable;
}

export type Vacature = Selectable<VacatureTable>;
export type NewVacature = Insertable<VacatureTable>;
export type Organisatie = Selectable<OrganisatieTable>;
export type Gemeente = Selectable<GemeenteTable>;
export type Provincie = Selectable<ProvincieTable>;
