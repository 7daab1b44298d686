/** Turns a province name into its URL slug: "Fryslân" → "fryslan", "Noord-Holland" → "noord-holland". */
export function provinceSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
