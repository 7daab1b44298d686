/**
 * The closed lists a vacancy is described with. Codes are stable (used in URLs, filters and the
 * API); labels are for display in Dutch and English.
 */
export const OPLEIDINGSNIVEAUS = [
  { code: 'vmbo', nl: 'vmbo', en: 'pre-vocational (vmbo)' },
  { code: 'mbo', nl: 'mbo', en: 'vocational (mbo)' },
  { code: 'havo/vwo', nl: 'havo/vwo', en: 'secondary (havo/vwo)' },
  { code: 'hbo', nl: 'hbo', en: 'higher professional (hbo)' },
  { code: 'wo', nl: 'wo', en: 'university (wo)' },
] as const;

export const VAKGEBIEDEN = [
  { code: 'beleid', nl: 'Beleid en advies', en: 'Policy and advice' },
  { code: 'juridisch', nl: 'Juridisch', en: 'Legal' },
  { code: 'ict', nl: 'ICT', en: 'IT' },
  { code: 'data', nl: 'Data en informatie', en: 'Data and information' },
  { code: 'financien', nl: 'Financiën', en: 'Finance' },
  { code: 'hr', nl: 'HR en organisatie', en: 'HR and organisation' },
  { code: 'communicatie', nl: 'Communicatie', en: 'Communication' },
  { code: 'techniek', nl: 'Techniek', en: 'Engineering' },
  { code: 'inspectie-handhaving', nl: 'Inspectie en handhaving', en: 'Inspection and enforcement' },
  { code: 'onderzoek', nl: 'Onderzoek', en: 'Research' },
  { code: 'veiligheid', nl: 'Veiligheid', en: 'Security and safety' },
  { code: 'zorg-welzijn', nl: 'Zorg en welzijn', en: 'Care and welfare' },
  { code: 'facilitair', nl: 'Facilitair', en: 'Facilities' },
  { code: 'klantcontact', nl: 'Klantcontact', en: 'Customer contact' },
  { code: 'projectmanagement', nl: 'Project- en programmamanagement', en: 'Project management' },
  { code: 'onderwijs', nl: 'Onderwijs en opleiding', en: 'Education and training' },
] as const;

export const CONTRACTEN = [
  { code: 'vast', nl: 'Vast', en: 'Permanent' },
  { code: 'tijdelijk-met-uitzicht', nl: 'Tijdelijk met uitzicht op vast', en: 'Temporary, may become permanent' },
  { code: 'tijdelijk', nl: 'Tijdelijk', en: 'Temporary' },
  { code: 'traineeship', nl: 'Traineeship', en: 'Traineeship' },
  { code: 'stage', nl: 'Stage', en: 'Internship' },
] as const;

export const WERKWIJZEN = [
  { code: 'op-locatie', nl: 'Op locatie', en: 'On site' },
  { code: 'hybride', nl: 'Hybride', en: 'Hybrid' },
  { code: 'thuis', nl: 'Thuis', en: 'Remote' },
  { code: 'niet-vermeld', nl: 'Niet vermeld', en: 'Not stated' },
] as const;

export const VACATURE_STATUSSEN = ['open', 'gesloten', 'vervuld'] as const;

type Codes<T extends readonly { code: string }[]> = T[number]['code'];
export type Opleidingsniveau = Codes<typeof OPLEIDINGSNIVEAUS>;
export type Vakgebied = Codes<typeof VAKGEBIEDEN>;
export type Contract = Codes<typeof CONTRACTEN>;
export type Werkwijze = Codes<typeof WERKWIJZEN>;

/** The codes of a vocabulary as a tuple, for z.enum. */
export function codesOf<T extends readonly { code: string }[]>(list: T): [Codes<T>, ...Codes<T>[]] {
  return list.map((item) => item.code) as [Codes<T>, ...Codes<T>[]];
}

/** The display label of a code, or the code itself when unknown. */
export function labelOf(list: readonly { code: string; nl: string; en: string }[], code: string, locale: 'nl' | 'en' = 'nl'): string {
  return list.find((item) => item.code === code)?.[locale] ?? code;
}
