/**
 * Dutch compound words are not split by Meilisearch: "beveiliging" finds nothing in
 * "informatiebeveiliging". We index the known parts of each compound in a separate field, so a
 * search for a part finds the whole. The list holds heads and modifiers that occur in government
 * job titles; a part is only taken when the remaining word is at least 3 letters long.
 */
export const COMPOUND_PARTS = [
  'beveiliging', 'beveiliger', 'informatie', 'beleid', 'medewerker', 'adviseur', 'advies', 'specialist',
  'analist', 'analyse', 'beheer', 'beheerder', 'ontwikkelaar', 'ontwikkeling', 'architect', 'toezicht',
  'toezichthouder', 'inspecteur', 'inspectie', 'handhaving', 'handhaver', 'jurist', 'recht', 'wetgeving',
  'wetgevings', 'belasting', 'deurwaarder', 'controleur', 'controle', 'financieel', 'financiën', 'financien',
  'projectleider', 'project', 'programma', 'manager', 'management', 'leider', 'coördinator', 'coordinator',
  'communicatie', 'woordvoerder', 'secretaris', 'secretariaat', 'klantcontact', 'klant', 'contact',
  'onderzoeker', 'onderzoek', 'data', 'cyber', 'security', 'netwerk', 'systeem', 'software', 'applicatie',
  'functioneel', 'technisch', 'techniek', 'monteur', 'onderhoud', 'installatie', 'werktuigbouw', 'elektro',
  'voedsel', 'veiligheid', 'milieu', 'water', 'weg', 'verkeer', 'vervoer', 'bouw', 'vastgoed', 'facilitair',
  'personeel', 'personeels', 'arbeid', 'arbeidsmarkt', 'markt', 'opleiding', 'opleidings', 'trainer',
  'docent', 'zorg', 'welzijn', 'penitentiair', 'inrichting', 'bewaarder', 'beveiligings', 'brandweer',
  'hoofd', 'teamleider', 'team', 'directeur', 'directie', 'staf', 'bedrijfsvoering', 'bedrijfs', 'proces',
  'kwaliteit', 'risico', 'audit', 'auditor', 'privacy', 'archief', 'archivaris', 'document', 'dienst',
  'dienstverlening', 'uitvoering', 'uitvoerings', 'casemanager', 'case', 'behandelaar', 'beoordelaar',
  'aanvraag', 'aanvragen', 'subsidie', 'inkoop', 'inkoper', 'contract', 'contractmanager', 'planner',
  'planning', 'logistiek', 'logistieke', 'magazijn', 'chauffeur', 'receptie', 'receptionist', 'ict',
  'cloud', 'infrastructuur', 'energie', 'klimaat', 'natuur', 'landbouw', 'stikstof', 'ruimtelijke', 'ordening',
  'gezondheid', 'migratie', 'asiel', 'douane', 'grens', 'politie', 'recherche', 'rechercheur', 'rechtbank',
  'griffier', 'griffie', 'officier', 'parket', 'kinderbescherming', 'jeugd', 'reclassering', 'justitie',
] as const;

const MIN_REST = 3;
const sortedParts = [...new Set(COMPOUND_PARTS)].sort((a, b) => b.length - a.length);

/** The known parts inside one word: "informatiebeveiliging" → ["beveiliging", "informatie"]. */
export function compoundPartsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const part of sortedParts) {
    if (part.length >= lower.length) continue;
    const at = lower.indexOf(part);
    if (at === -1) continue;
    const rest = lower.length - part.length;
    if (rest < MIN_REST) continue;
    found.add(part);
  }
  return [...found];
}

/** All parts of all words of a text, deduplicated: the value of the `zoekdelen` search field. */
export function compoundPartsOfText(text: string): string[] {
  const parts = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 8) continue;
    for (const part of compoundPartsOf(word)) parts.add(part);
  }
  return [...parts];
}
