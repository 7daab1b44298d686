import { describe, expect, it } from 'vitest';
import { applyJsonOf, applyColumnsOf } from '../../../src/lib/vacancies/vacancy-apply.ts';
import { csvRecordToVacancyInput, vacancyInputSchema } from '../../../src/lib/vacancies/vacancy-input.ts';
import { inputIssues, VALID_VACANCY } from '../../support/vacancy-examples.ts';

/** Applying by e-mail, with a contact person reached by phone (the example applies by URL, contact by e-mail). */
const valid = { ...VALID_VACANCY, sollicitatieUrl: undefined, sollicitatieEmail: 'sollicitaties@voorbeeld.example', contactFunctie: 'teamleider', contactEmail: undefined, contactTelefoon: '070 123 4567' };
const issues = (overrides: Record<string, unknown>) => inputIssues(valid, overrides);

describe('apply fields of the vacancy input', () => {
  it('accepts an e-mail address or an https address to apply', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ sollicitatieEmail: undefined, sollicitatieUrl: 'https://werken.voorbeeld.example/v/1' })).toEqual([]);
  });

  it('requires one way to apply and refuses plain http', () => {
    expect(issues({ sollicitatieEmail: undefined })).toEqual([['sollicitatieUrl', 'geef een sollicitatieadres (https) of een e-mailadres om te solliciteren']]);
    expect(issues({ sollicitatieUrl: 'http://werken.voorbeeld.example/v/1' })).toEqual([['sollicitatieUrl', 'verwacht een https-adres (https://…)']]);
    expect(issues({ sollicitatieUrl: 'javascript:alert(1)' })).toEqual([['sollicitatieUrl', 'verwacht een https-adres (https://…)']]);
    expect(issues({ sollicitatieEmail: 'geen-adres' })).toEqual([['sollicitatieEmail', 'verwacht een e-mailadres zoals naam@organisatie.nl']]);
  });

  it('requires a contact person with a phone number or e-mail address', () => {
    expect(issues({ contactNaam: undefined })).toEqual([['contactNaam', 'verplicht']]);
    expect(issues({ contactTelefoon: undefined })).toEqual([['contactTelefoon', 'geef een telefoonnummer of e-mailadres van de contactpersoon']]);
    expect(issues({ contactTelefoon: 'bel me' })).toEqual([['contactTelefoon', 'verwacht een telefoonnummer zoals 070 123 4567 of +31 70 123 4567']]);
    expect(issues({ contactTelefoon: '+31 (0)70 123-4567' })).toEqual([]);
  });

  it('rejects an interview date before publication', () => {
    expect(issues({ gesprekdata: ['2026-04-09', '2026-03-01'] })).toEqual([['gesprekdata.1', 'ligt vóór de publicatiedatum']]);
  });

  it('reads the procedure and interview dates from CSV cells separated by "|", empty cells as absent', () => {
    const row = Object.fromEntries(Object.entries({ ...valid, standplaatsen: 'Assen', procedureStappen: 'Solliciteer met cv | Gesprek', gesprekdata: '2026-04-09|2026-04-16', sollicitatieUrl: '', contactEmail: '' }).map(([k, v]) => [k, String(v)]));
    const parsed = vacancyInputSchema.parse(csvRecordToVacancyInput(row));
    expect([parsed.procedureStappen, parsed.gesprekdata, parsed.sollicitatieUrl, parsed.contactEmail]).toEqual([['Solliciteer met cv', 'Gesprek'], ['2026-04-09', '2026-04-16'], undefined, undefined]);
  });

  it('gives the API shape from the stored columns, and null without a way to apply', () => {
    const columns = applyColumnsOf(vacancyInputSchema.parse({ ...valid, gesprekdata: ['2026-04-16', '2026-04-09'] }));
    expect(applyJsonOf(columns)).toEqual({
      url: null,
      email: 'sollicitaties@voorbeeld.example',
      contactpersoon: { naam: 'Sanne de Vries', functie: 'teamleider', telefoon: '070 123 4567', email: null },
      procedure: { stappen: [], gesprekdata: ['2026-04-09', '2026-04-16'] },
    });
    expect(applyJsonOf({ ...columns, sollicitatie_email: null })).toBeNull();
  });
});
