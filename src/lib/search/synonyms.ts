/**
 * Curated synonyms. Meilisearch applies a synonym one way unless it is declared both ways, so
 * groups are expanded into every direction here.
 */
const SYNONYM_GROUPS: string[][] = [
  ['ict', 'it', 'informatietechnologie', 'automatisering'],
  ['den haag', "'s-gravenhage", 's-gravenhage', 'haag'],
  ['den bosch', "'s-hertogenbosch", 's-hertogenbosch'],
  ['hr', 'personeelszaken', 'p&o', 'human resources'],
  ['jurist', 'juridisch medewerker', 'juridisch adviseur'],
  ['beleidsmedewerker', 'beleidsadviseur', 'beleidsmaker'],
  ['security', 'beveiliging', 'informatiebeveiliging'],
  ['cybersecurity', 'cyberveiligheid', 'cyber security'],
  ['data-analist', 'data analist', 'dataspecialist', 'data scientist'],
  ['programmeur', 'softwareontwikkelaar', 'developer', 'ontwikkelaar'],
  ['financieel', 'financiën', 'financien', 'finance'],
  ['communicatieadviseur', 'communicatiemedewerker', 'woordvoerder'],
  ['thuiswerken', 'thuis', 'remote'],
  ['stage', 'stagiair', 'stageplaats', 'afstudeerstage'],
  ['trainee', 'traineeship', 'rijkstrainee'],
  ['fryslan', 'fryslân', 'friesland'],
];

/** The synonyms setting for Meilisearch: every member of a group maps to all the others. */
export function buildSynonyms(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) synonyms[word] = group.filter((other) => other !== word);
  }
  return synonyms;
}
