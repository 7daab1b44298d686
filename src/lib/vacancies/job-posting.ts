import { closingInstant } from '../time/amsterdam-time.ts';
import type { VacancyRecord } from './vacancy-record.ts';

const EMPLOYMENT_TYPES: Record<string, string[]> = {
  vast: ['FULL_TIME'],
  'tijdelijk-met-uitzicht': ['FULL_TIME', 'TEMPORARY'],
  tijdelijk: ['TEMPORARY'],
  traineeship: ['FULL_TIME', 'TEMPORARY'],
  stage: ['INTERN'],
};

// schema.org credentialCategory values Google documents for educationRequirements, per Dutch level:
// vmbo and havo/vwo are secondary school, mbo a vocational certificate, hbo a bachelor, wo usually a master.
const CREDENTIAL_CATEGORIES: Record<string, string> = {
  vmbo: 'high school',
  'havo/vwo': 'high school',
  mbo: 'professional certificate',
  hbo: 'bachelor degree',
  wo: 'postgraduate degree',
};

/**
 * schema.org JobPosting for a vacancy, with Google's required properties (title, description,
 * datePosted, hiringOrganization, jobLocation) and recommended ones (validThrough, baseSalary,
 * employmentType, identifier, url, directApply; TELECOMMUTE with applicantLocationRequirements for remote work).
 * `directApply` is false: the application itself happens on the organisation's site or by e-mail, not here.
 * Only schema.org properties: no `abstract` or `inLanguage` (not JobPosting properties).
 */
export function jobPostingJsonLd(v: VacancyRecord, options: { url: string; organisationUrl?: string }): Record<string, unknown> {
  const partTime = v.uren_max < 32;
  const employmentType = [...(EMPLOYMENT_TYPES[v.contract] ?? ['FULL_TIME'])].map((t) => (t === 'FULL_TIME' && partTime ? 'PART_TIME' : t));
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: v.titel,
    description: v.beschrijving_html,
    datePosted: v.gepubliceerd_op,
    validThrough: new Date(closingInstant(v.sluitingsdatum).getTime() - 1000).toISOString(),
    identifier: { '@type': 'PropertyValue', name: v.organisatieNaam, value: v.kenmerk },
    hiringOrganization: { '@type': 'GovernmentOrganization', name: v.organisatieNaam, ...(options.organisationUrl ? { sameAs: options.organisationUrl } : {}) },
    jobLocation: v.locaties.map((l) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: l.gemeenteNaam, addressRegion: l.provincieNaam, addressCountry: 'NL' },
      geo: { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lon },
    })),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: v.salaris_min, maxValue: v.salaris_max, unitText: 'MONTH' },
    },
    employmentType,
    workHours: v.uren_min === v.uren_max ? `${v.uren_max} uur per week` : `${v.uren_min}-${v.uren_max} uur per week`,
    directApply: false,
    url: options.url,
    industry: 'Openbaar bestuur',
    ...(CREDENTIAL_CATEGORIES[v.opleidingsniveau] ? { educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: CREDENTIAL_CATEGORIES[v.opleidingsniveau] } } : {}),
  };
  if (v.werkwijze === 'thuis') {
    posting.jobLocationType = 'TELECOMMUTE';
    posting.applicantLocationRequirements = { '@type': 'Country', name: 'NL' };
  }
  return posting;
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so text can never close the element. */
export function jsonLdScriptContent(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
