import { createHash } from 'node:crypto';
import type { Settings } from 'meilisearch';
import { buildSynonyms } from './synonyms.ts';

/**
 * Two indexes serve vacancy search. Meilisearch's facet counts under a distinct attribute count
 * only the representative document of each group, so:
 * - `vacatures`: one document per vacancy; gives the hits, the exact total and the (disjunctive)
 *   facet counts, where a vacancy with standplaatsen in two provinces counts once under each and once in total;
 * - `vacature-locaties`: one document per standplaats with its own `_geo`, deduplicated by
 *   `vacatureId`; gives the page of hits when sorting by distance, ordered by the nearest standplaats.
 */
export const VACANCY_INDEX = 'vacatures';
export const LOCATION_INDEX = 'vacature-locaties';

/** Facets shown on the search page, in display order. */
export const VACANCY_FACETS = ['provincieCodes', 'organisatieCode', 'vakgebied', 'opleidingsniveau', 'contract', 'werkwijze', 'vanafRijksontmoetingsplein'] as const;
export type VacancyFacet = (typeof VACANCY_FACETS)[number];

const DUTCH_STOP_WORDS = ['de', 'het', 'een', 'en', 'van', 'voor', 'in', 'op', 'met', 'bij', 'te', 'aan', 'of', 'als', 'die', 'dat', 'om', 'je', 'jij', 'wij'];

const filterable: Settings['filterableAttributes'] = [
  { attributePatterns: ['provincieCodes', 'organisatieCode', 'vakgebied', 'opleidingsniveau', 'contract', 'werkwijze', 'vanafRijksontmoetingsplein'], features: { facetSearch: false, filter: { equality: true, comparison: false } } },
  { attributePatterns: ['gemeenteCodes', 'coropCodes', 'sector', 'vacatureId', 'isDemo'], features: { facetSearch: false, filter: { equality: true, comparison: false } } },
  { attributePatterns: ['schaalMin', 'schaalMax', 'urenMin', 'urenMax', 'salarisMin', 'salarisMax', 'sluitTijdstip', 'gepubliceerdOp'], features: { facetSearch: false, filter: { equality: true, comparison: true } } },
];

const common: Settings = {
  // The full description is not searched: title, summary and compound parts carry the meaning,
  // and leaving ~1 KB of text per document out keeps a 100,000-vacancy rebuild within a minute.
  searchableAttributes: ['titel', 'zoekdelen', 'samenvatting', 'organisatie', 'plaatsen'],
  displayedAttributes: ['*'],
  sortableAttributes: ['gepubliceerdOp', 'sluitTijdstip', 'salarisMax', 'salarisMin'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  stopWords: DUTCH_STOP_WORDS,
  synonyms: buildSynonyms(),
  // Numbers are matched exactly: "schaal 11" must not find 12, postcode 9711 not 9712.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true },
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  pagination: { maxTotalHits: 200_000 },
  faceting: { maxValuesPerFacet: 200 },
};

/** Settings of the one-document-per-vacancy index. */
export const vacancyIndexSettings: Settings = { ...common, filterableAttributes: filterable };

/** Settings of the one-document-per-standplaats index. */
export const locationIndexSettings: Settings = {
  ...common,
  filterableAttributes: [...filterable, { attributePatterns: ['_geo'], features: { facetSearch: false, filter: { equality: true, comparison: true } } }],
  sortableAttributes: [...(common.sortableAttributes ?? []), '_geo'],
  distinctAttribute: 'vacatureId',
};

/** A fingerprint of both settings: when it changes, the indexes are rebuilt and swapped in. */
export function settingsFingerprint(): string {
  return createHash('sha256').update(JSON.stringify([vacancyIndexSettings, locationIndexSettings])).digest('hex').slice(0, 16);
}
