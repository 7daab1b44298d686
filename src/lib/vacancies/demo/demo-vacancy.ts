import type { Vakgebied } from './fields.ts';

/** Education level a vacancy asks for. */
export type Opleidingsniveau = 'mbo' | 'hbo' | 'wo' | 'vmbo' | 'havo/vwo';
/** Contract form of a vacancy. */
export type Contractvorm = 'vast' | 'tijdelijk-met-uitzicht' | 'tijdelijk' | 'traineeship' | 'stage';
/** Where the work is done. */
export type Werkwijze = 'op-locatie' | 'hybride' | 'thuis' | 'niet-vermeld';
/** Publication state; closed vacancies are 'gesloten' or 'vervuld'. */
export type DemoVacancyStatus = 'open' | 'gesloten' | 'vervuld';

/** One generated demo vacancy (field names follow the vacature table, in camelCase). */
export type DemoVacancy = {
  /** e.g. 'DUO-2026-00123', unique per organisation. */
  kenmerk: string;
  organisatieCode: string;
  titel: string;
  samenvatting: string;
  /** Simple HTML: h3, p, ul, li only. */
  beschrijving: string;
  /** CBS municipality codes; the first is the main location. */
  gemeenteCodes: string[];
  schaalMin: number;
  schaalMax: number;
  /** Gross € per month, full time. */
  salarisMin: number;
  salarisMax: number;
  urenMin: number;
  urenMax: number;
  opleidingsniveau: Opleidingsniveau;
  vakgebied: Vakgebied;
  contract: Contractvorm;
  werkwijze: Werkwijze;
  vanafRijksontmoetingsplein: boolean;
  /** ISO date, never after `today`. */
  gepubliceerdOp: string;
  /** ISO date, 7–42 days after publication. */
  sluitingsdatum: string;
  status: DemoVacancyStatus;
};

/** An organisation as the generator needs it (a row of db/reference/organisaties.csv). */
export type DemoOrganisation = { code: string; naam: string; sector: string; afkorting?: string | null };
/** A weighted location of an organisation (a row of db/reference/organisatie_vestigingen.csv). */
export type DemoVestiging = { organisatie_code: string; gemeente_code: string; gewicht: number };
/** A municipality name, to mention the place in texts (a row of db/reference/gemeenten_2025.csv). */
export type DemoGemeente = { gemeente_code: string; gemeente_naam: string };

/** Input of generateDemoVacancies. */
export type GenerateDemoVacanciesOptions = {
  count: number;
  seed: number;
  /** Reference date 'YYYY-MM-DD'; publication and closing dates are placed around it. */
  today: string;
  organisations: readonly DemoOrganisation[];
  vestigingen: readonly DemoVestiging[];
  /** Names for the texts; without them the texts show the municipality code. */
  gemeenten?: readonly DemoGemeente[];
};
