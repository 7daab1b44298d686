import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd, jsonLdScriptContent } from '../../../src/lib/vacancies/job-posting.ts';
import { vacancyRecord } from './vacancy-fixture.ts';

const URL = 'https://rijkinderegio.nl/vacatures/adviseur-informatiebeveiliging-1a2b3c4d';

describe('jobPostingJsonLd', () => {
  it('holds Google\'s required and recommended properties', () => {
    const v = vacancyRecord({ locaties: vacancyRecord().locaties.slice(0, 1) });
    expect(jobPostingJsonLd(v, { url: URL, organisationUrl: 'https://www.dji.nl' })).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Adviseur informatiebeveiliging',
      description: v.beschrijving_html,
      datePosted: '2026-03-02',
      validThrough: '2026-03-31T21:59:59.000Z',
      identifier: { '@type': 'PropertyValue', name: 'Dienst Justitiële Inrichtingen', value: 'DJI-2026-17' },
      hiringOrganization: { '@type': 'GovernmentOrganization', name: 'Dienst Justitiële Inrichtingen', sameAs: 'https://www.dji.nl' },
      jobLocation: [
        {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Assen', addressRegion: 'Drenthe', addressCountry: 'NL' },
          geo: { '@type': 'GeoCoordinates', latitude: 52.9925, longitude: 6.5649 },
        },
      ],
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 3600, maxValue: 5500, unitText: 'MONTH' } },
      employmentType: ['FULL_TIME'],
      workHours: '32-36 uur per week',
      directApply: false,
      url: URL,
      industry: 'Openbaar bestuur',
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' },
    });
  });

  it('uses schema.org credential categories, never the Dutch level codes', () => {
    const category = (opleidingsniveau: string) => (jobPostingJsonLd(vacancyRecord({ opleidingsniveau }), { url: URL }).educationRequirements as { credentialCategory: string }).credentialCategory;
    expect(['vmbo', 'mbo', 'havo/vwo', 'hbo', 'wo'].map(category)).toEqual(['high school', 'professional certificate', 'high school', 'bachelor degree', 'postgraduate degree']);
  });

  it('leaves out sameAs without an organisation URL and lists every standplaats', () => {
    const posting = jobPostingJsonLd(vacancyRecord(), { url: URL });
    expect(posting.hiringOrganization).toEqual({ '@type': 'GovernmentOrganization', name: 'Dienst Justitiële Inrichtingen' });
    expect(posting.jobLocation).toHaveLength(3);
  });

  it('ends validThrough at the last second of the closing day in Amsterdam, summer and winter', () => {
    expect(jobPostingJsonLd(vacancyRecord({ sluitingsdatum: '2026-03-29' }), { url: URL }).validThrough).toBe('2026-03-29T21:59:59.000Z');
    expect(jobPostingJsonLd(vacancyRecord({ sluitingsdatum: '2026-03-28' }), { url: URL }).validThrough).toBe('2026-03-28T22:59:59.000Z');
  });

  it('marks only werkwijze "thuis" as TELECOMMUTE, with a country requirement', () => {
    const remote = jobPostingJsonLd(vacancyRecord({ werkwijze: 'thuis' }), { url: URL });
    expect(remote.jobLocationType).toBe('TELECOMMUTE');
    expect(remote.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'NL' });
    for (const werkwijze of ['hybride', 'op-locatie', 'niet-vermeld']) {
      const posting = jobPostingJsonLd(vacancyRecord({ werkwijze }), { url: URL });
      expect('jobLocationType' in posting).toBe(false);
      expect('applicantLocationRequirements' in posting).toBe(false);
    }
  });

  it('maps contracts to employment types, PART_TIME below 32 hours', () => {
    const types = (contract: string, uren_max: number) => jobPostingJsonLd(vacancyRecord({ contract, uren_min: Math.min(24, uren_max), uren_max }), { url: URL }).employmentType;
    expect(types('vast', 36)).toEqual(['FULL_TIME']);
    expect(types('vast', 32)).toEqual(['FULL_TIME']);
    expect(types('vast', 31)).toEqual(['PART_TIME']);
    expect(types('tijdelijk-met-uitzicht', 36)).toEqual(['FULL_TIME', 'TEMPORARY']);
    expect(types('tijdelijk-met-uitzicht', 24)).toEqual(['PART_TIME', 'TEMPORARY']);
    expect(types('tijdelijk', 24)).toEqual(['TEMPORARY']);
    expect(types('traineeship', 36)).toEqual(['FULL_TIME', 'TEMPORARY']);
    expect(types('stage', 24)).toEqual(['INTERN']);
    expect(types('onbekend', 24)).toEqual(['PART_TIME']);
  });

  it('writes fixed hours as one number', () => {
    expect(jobPostingJsonLd(vacancyRecord({ uren_min: 36, uren_max: 36 }), { url: URL }).workHours).toBe('36 uur per week');
  });
});

describe('jsonLdScriptContent', () => {
  it('escapes "<" so </script> in the data cannot close the element', () => {
    const out = jsonLdScriptContent({ title: 'a</script><script>alert(1)</script>' });
    expect(out).toBe('{"title":"a\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    expect(out.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ title: 'a</script><script>alert(1)</script>' });
  });

  it('escapes the line and paragraph separators and keeps other text as is', () => {
    expect(jsonLdScriptContent({ t: 'a\u2028b\u2029c & Fryslân' })).toBe('{"t":"a\\u2028b\\u2029c & Fryslân"}');
    expect(jsonLdScriptContent('<!--')).toBe('"\\u003c!--"');
  });
});
