import type { VacancyDocument } from './vacancy-documents.ts';
import type { VacancyFacet } from './vacancy-index-settings.ts';

/**
 * One hit as the page and the API show it: the indexed fields people see, with the publication
 * date as 'YYYY-MM-DD' and the distance to the nearest standplaats (one decimal) when the search
 * has a location.
 */
export type VacancyHit = Omit<VacancyDocument, 'vacatureId' | 'zoekdelen' | 'sector' | 'coropCodes' | 'gepubliceerdOp' | 'sluitTijdstip' | 'versie'> & {
  gepubliceerdOp: string;
  afstandKm: number | null;
};

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
