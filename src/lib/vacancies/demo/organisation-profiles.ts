import type { Sector } from '../../db/schema.ts';
import type { Vakgebied } from './fields.ts';

/**
 * Which vakgebieden an organisation mostly recruits for (relative weights). Known organisations get
 * their own mix (the Belastingdienst hires klantcontact and financien, the NVWA inspecteurs);
 * anything else falls back to the mix of its sector.
 */

/** Relative weight per vakgebied; missing fields have weight 0. */
export type FieldMix = Partial<Record<Vakgebied, number>>;

const SUPPORT: FieldMix = { hr: 5, communicatie: 4, facilitair: 4, financien: 5, ict: 8, data: 4, projectmanagement: 5, juridisch: 4 };

/** Mix per sector, used for organisations without an own profile. */
export const SECTOR_FIELD_MIX: Readonly<Record<Sector, FieldMix>> = {
  ministerie: { ...SUPPORT, beleid: 34, juridisch: 12, communicatie: 7, onderzoek: 4, projectmanagement: 7, data: 5, veiligheid: 1 },
  zbo: { ...SUPPORT, klantcontact: 16, ict: 14, juridisch: 9, data: 7, beleid: 5, onderzoek: 3 },
  politie: { ...SUPPORT, veiligheid: 55, ict: 9, onderwijs: 4, data: 5, onderzoek: 3, klantcontact: 3 },
  dji: { ...SUPPORT, veiligheid: 48, 'zorg-welzijn': 18, facilitair: 8, techniek: 3, onderwijs: 3 },
  defensie: { ...SUPPORT, techniek: 30, veiligheid: 22, ict: 11, facilitair: 8, 'zorg-welzijn': 4, onderwijs: 5, beleid: 3, onderzoek: 2 },
  rechtspraak: { ...SUPPORT, juridisch: 55, klantcontact: 8, facilitair: 6 },
};

/** Own mixes for the organisations in db/reference/organisaties.csv that differ from their sector. */
export const ORGANISATION_FIELD_MIX: Readonly<Record<string, FieldMix>> = {
  belastingdienst: { ...SUPPORT, klantcontact: 25, financien: 25, ict: 18, juridisch: 8, data: 7, 'inspectie-handhaving': 4, beleid: 2 },
  douane: { ...SUPPORT, 'inspectie-handhaving': 45, ict: 6, juridisch: 5, data: 4, onderzoek: 2, klantcontact: 4 },
  toeslagen: { ...SUPPORT, financien: 25, klantcontact: 25, juridisch: 12, ict: 8, data: 5 },
  adr: { ...SUPPORT, financien: 45, ict: 12, data: 6 },
  rvo: { ...SUPPORT, klantcontact: 12, beleid: 12, ict: 10, data: 8, juridisch: 8, projectmanagement: 10, financien: 8 },
  dictu: { ...SUPPORT, ict: 50, data: 10, projectmanagement: 10 },
  rdi: { ...SUPPORT, 'inspectie-handhaving': 30, techniek: 10, ict: 8 },
  cbs: { ...SUPPORT, onderzoek: 30, data: 25, ict: 12 },
  acm: { ...SUPPORT, 'inspectie-handhaving': 25, juridisch: 20, onderzoek: 10 },
  sodm: { ...SUPPORT, 'inspectie-handhaving': 30, techniek: 8, onderzoek: 6, beleid: 5 },
  nvwa: { ...SUPPORT, 'inspectie-handhaving': 45, onderzoek: 6, juridisch: 5 },
  staatsbosbeheer: { ...SUPPORT, 'inspectie-handhaving': 20, techniek: 8, data: 4, projectmanagement: 8 },
  duo: { ...SUPPORT, klantcontact: 30, ict: 18, juridisch: 8, financien: 6, data: 6, beleid: 6 },
  'nationaal-archief': { ...SUPPORT, onderzoek: 25, data: 10 },
  rce: { ...SUPPORT, onderzoek: 25, beleid: 6, projectmanagement: 6 },
  'inspectie-onderwijs': { ...SUPPORT, 'inspectie-handhaving': 35, onderzoek: 8 },
  uwv: { ...SUPPORT, klantcontact: 25, 'zorg-welzijn': 20, ict: 14, juridisch: 7, data: 6, 'inspectie-handhaving': 3, beleid: 4 },
  svb: { ...SUPPORT, klantcontact: 30, ict: 12, juridisch: 8, 'inspectie-handhaving': 3, data: 5 },
  nla: { ...SUPPORT, 'inspectie-handhaving': 40, juridisch: 6, onderzoek: 5, data: 4 },
  rivm: { ...SUPPORT, onderzoek: 40, data: 10, beleid: 5 },
  igj: { ...SUPPORT, 'inspectie-handhaving': 35, juridisch: 8 },
  cbg: { ...SUPPORT, onderzoek: 35, juridisch: 6 },
  cak: { ...SUPPORT, klantcontact: 25, financien: 10, ict: 10, 'zorg-welzijn': 4 },
  zorginstituut: { ...SUPPORT, onderzoek: 20, beleid: 12, juridisch: 8, 'zorg-welzijn': 4, data: 6 },
  logius: { ...SUPPORT, ict: 45, data: 8, projectmanagement: 10 },
  'ssc-ict': { ...SUPPORT, ict: 55, projectmanagement: 8 },
  rijksvastgoedbedrijf: { ...SUPPORT, projectmanagement: 30, techniek: 15, juridisch: 6, facilitair: 6 },
  aivd: { ...SUPPORT, ict: 20, veiligheid: 12, onderzoek: 15, data: 10 },
  kadaster: { ...SUPPORT, ict: 18, data: 15, techniek: 12, juridisch: 8, klantcontact: 6 },
  rijkswaterstaat: { ...SUPPORT, techniek: 35, projectmanagement: 18, ict: 8, beleid: 4, 'inspectie-handhaving': 3, data: 5 },
  knmi: { ...SUPPORT, onderzoek: 35, ict: 12, data: 10, techniek: 4 },
  ilt: { ...SUPPORT, 'inspectie-handhaving': 40, juridisch: 6, data: 4 },
  rdw: { ...SUPPORT, techniek: 18, klantcontact: 15, ict: 15, data: 6, juridisch: 4 },
  cbr: { ...SUPPORT, onderwijs: 35, klantcontact: 15, ict: 6 },
  ind: { ...SUPPORT, juridisch: 40, klantcontact: 10, ict: 6, data: 3 },
  coa: { ...SUPPORT, 'zorg-welzijn': 40, veiligheid: 6, facilitair: 8, onderwijs: 3 },
  cjib: { ...SUPPORT, klantcontact: 25, financien: 12, ict: 12, juridisch: 8, data: 5 },
  justis: { ...SUPPORT, juridisch: 40, klantcontact: 8, ict: 6 },
  om: { ...SUPPORT, juridisch: 50, facilitair: 6, klantcontact: 4 },
  rvdk: { ...SUPPORT, 'zorg-welzijn': 45, juridisch: 8 },
  nfi: { ...SUPPORT, onderzoek: 45, ict: 8, data: 6 },
  kmar: { ...SUPPORT, veiligheid: 45, onderwijs: 5, techniek: 4 },
};

/** The field mix of an organisation: its own profile, else its sector's. */
export function fieldMixFor(code: string, sector: Sector): FieldMix {
  return ORGANISATION_FIELD_MIX[code] ?? SECTOR_FIELD_MIX[sector];
}

/**
 * The article Dutch uses before an organisation's name in running text ("bij de Belastingdienst",
 * "bij het CBS"); names such as Rijkswaterstaat or Logius take none.
 */
export const ORGANISATION_ARTICLE: Readonly<Record<string, 'de' | 'het' | ''>> = {
  belastingdienst: 'de', douane: 'de', toeslagen: 'de', adr: 'de', rvo: 'de', dictu: 'de', rdi: 'de', cbs: 'het',
  acm: 'de', sodm: 'het', nvwa: 'de', staatsbosbeheer: '', duo: 'de', 'nationaal-archief': 'het', rce: 'de',
  'inspectie-onderwijs': 'de', uwv: 'het', svb: 'de', nla: 'de', rivm: 'het', igj: 'de', cbg: 'het', cak: 'het',
  zorginstituut: 'het', logius: '', 'ssc-ict': '', rijksvastgoedbedrijf: 'het', aivd: 'de', kadaster: 'het',
  rijkswaterstaat: '', knmi: 'het', ilt: 'de', rdw: 'de', cbr: 'het', ind: 'de', coa: 'het', cjib: 'het', dji: 'de',
  justis: 'de', om: 'het', rvdk: 'de', nfi: 'het', politie: 'de', rechtspraak: '', kmar: 'de',
};

/** The article for an organisation: from the table, 'het' for any ministry, else none. */
export function organisationArticle(code: string, naam: string): 'de' | 'het' | '' {
  return ORGANISATION_ARTICLE[code] ?? (naam.startsWith('Ministerie') ? 'het' : '');
}
