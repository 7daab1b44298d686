/** The fixed list of vakgebieden (fields of work) used for vacancies, with URL slug and Dutch label. */
export const VAKGEBIEDEN = [
  { slug: 'beleid', label: 'Beleid' },
  { slug: 'juridisch', label: 'Juridisch' },
  { slug: 'ict', label: 'ICT' },
  { slug: 'data', label: 'Data en informatie' },
  { slug: 'financien', label: 'Financiën' },
  { slug: 'hr', label: 'HR en organisatie' },
  { slug: 'communicatie', label: 'Communicatie' },
  { slug: 'techniek', label: 'Techniek' },
  { slug: 'inspectie-handhaving', label: 'Inspectie en handhaving' },
  { slug: 'onderzoek', label: 'Onderzoek' },
  { slug: 'veiligheid', label: 'Veiligheid' },
  { slug: 'zorg-welzijn', label: 'Zorg en welzijn' },
  { slug: 'facilitair', label: 'Facilitair' },
  { slug: 'klantcontact', label: 'Klantcontact' },
  { slug: 'projectmanagement', label: 'Projectmanagement' },
  { slug: 'onderwijs', label: 'Onderwijs en training' },
] as const;

/** A vakgebied slug. */
export type Vakgebied = (typeof VAKGEBIEDEN)[number]['slug'];

/** All vakgebied slugs, in display order. */
export const VAKGEBIED_SLUGS: readonly Vakgebied[] = VAKGEBIEDEN.map((v) => v.slug);

/** True when the string is one of the known vakgebied slugs. */
export function isVakgebied(value: string): value is Vakgebied {
  return (VAKGEBIED_SLUGS as readonly string[]).includes(value);
}

/** The Dutch label of a vakgebied slug. */
export function vakgebiedLabel(slug: Vakgebied): string {
  return VAKGEBIEDEN.find((v) => v.slug === slug)!.label;
}
