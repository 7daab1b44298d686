import type { VacancyFacet } from './vacancy-index-settings.ts';

/** One hit as the page and the API show it. */
export interface VacancyHit {
  id: string;
  slug: string;
  titel: string;
  samenvatting: string;
  organisatie: string;
  organisatieCode: string;
  plaatsen: string[];
  gemeenteCodes: string[];
  provincieCodes: string[];
  schaalMin: number;
  schaalMax: number;
  salarisMin: number;
  salarisMax: number;
  urenMin: number;
  urenMax: number;
  opleidingsniveau: string;
  vakgebied: string;
  contract: string;
  werkwijze: string;
  vanafRijksontmoetingsplein: boolean;
  gepubliceerdOp: string;
  sluitingsdatum: string;
  isDemo: boolean;
  /** Distance to the nearest standplaats in km (one decimal), when the search has a location. */
  afstandKm: number | null;
}

/** The answer to a vacancy search, from Meilisearch or from the PostgreSQL fallback. */
export interface VacancySearchResult {
  engine: 'meilisearch' | 'postgresql';
  total: number;
  pagina: number;
  paginaGrootte: number;
  aantalPaginas: number;
  hits: VacancyHit[];
  /** Counts per facet value; disjunctive for facets with an active selection. */
  facets: Record<VacancyFacet, Record<string, number>>;
  processingTimeMs: number;
}
