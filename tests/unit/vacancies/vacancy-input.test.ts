import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../src/lib/time/amsterdam-time.ts';
import { latestClosingDate, vacancyDateIssues } from '../../../src/lib/vacancies/vacancy-dates.ts';
import { csvRecordToVacancyInput, VACANCY_CSV_COLUMNS, VACANCY_CSV_REQUIRED, vacancyInputSchema } from '../../../src/lib/vacancies/vacancy-input.ts';
import { inputIssues, VALID_VACANCY } from '../../support/vacancy-examples.ts';

const valid = VALID_VACANCY;
const issues = (overrides: Record<string, unknown>) => inputIssues(valid, overrides);

describe('vacancyInputSchema', () => {
  it('accepts a valid vacancy and fills in the defaults', () => {
    expect(vacancyInputSchema.parse(valid)).toEqual({ ...valid, werkwijze: 'niet-vermeld', vanafRijksontmoetingsplein: false, status: 'open', procedureStappen: [], gesprekdata: [] });
  });

  it('coerces numbers from strings (CSV) and trims text', () => {
    const parsed = vacancyInputSchema.parse({ ...valid, schaalMin: '10', urenMax: ' 36 ', titel: '  Adviseur  ', standplaatsen: [' Assen '] });
    expect([parsed.schaalMin, parsed.urenMax, parsed.titel, parsed.standplaatsen]).toEqual([10, 36, 'Adviseur', ['Assen']]);
  });

  it('rejects a minimum above its maximum', () => {
    expect(issues({ schaalMin: 12 })).toEqual([['schaalMax', 'lager dan schaalMin']]);
    expect(issues({ salarisMin: 6000 })).toEqual([['salarisMax', 'lager dan salarisMin']]);
    expect(issues({ urenMin: 40 })).toEqual([['urenMax', 'lager dan urenMin']]);
  });

  it('rejects a closing date before the publication date and accepts the same day', () => {
    expect(issues({ sluitingsdatum: '2026-03-01' })).toEqual([['sluitingsdatum', 'ligt vóór de publicatiedatum']]);
    expect(issues({ sluitingsdatum: '2026-03-02' })).toEqual([]);
  });

  it('rejects a closing date of 9999-12-31 and a publication date in the future (sane date range)', () => {
    expect(issues({ sluitingsdatum: '9999-12-31' })).toEqual([['sluitingsdatum', `ligt meer dan twee jaar in de toekomst (uiterlijk ${dutch(latestClosingDate())})`]]);
    expect(issues({ gepubliceerdOp: '2099-01-01', sluitingsdatum: '2099-01-31' }).map(([path]) => path)).toEqual(['gepubliceerdOp', 'sluitingsdatum']);
    expect(issues({ gepubliceerdOp: '1999-12-31' })).toEqual([['gepubliceerdOp', 'ligt vóór 1 januari 2000']]);
    expect(issues({ gepubliceerdOp: amsterdamDate(), sluitingsdatum: addDays(amsterdamDate(), 365) })).toEqual([]);
  });

  it('rejects impossible or differently written dates', () => {
    expect(issues({ gepubliceerdOp: '2026-02-30' })).toEqual([['gepubliceerdOp', 'verwacht een datum als JJJJ-MM-DD']]);
    expect(issues({ sluitingsdatum: '31-03-2026' })).toEqual([['sluitingsdatum', 'verwacht een datum als JJJJ-MM-DD']]);
  });

  it('lists the choices for an unknown vakgebied', () => {
    expect(issues({ vakgebied: 'astrologie' })).toEqual([
      ['vakgebied', 'kies uit beleid, juridisch, ict, data, financien, hr, communicatie, techniek, inspectie-handhaving, onderzoek, veiligheid, zorg-welzijn, facilitair, klantcontact, projectmanagement, onderwijs'],
    ]);
    expect(issues({ opleidingsniveau: 'phd' })).toEqual([['opleidingsniveau', 'kies uit vmbo, mbo, havo/vwo, hbo, wo']]);
    expect(issues({ status: 'weg' })).toEqual([['status', 'kies uit open, gesloten, vervuld']]);
  });

  it.each([
    ['ja', true],
    ['nee', false],
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['', false],
    [true, true],
    [false, false],
  ] as const)('reads vanafRijksontmoetingsplein %j as %j', (input, expected) => {
    expect(vacancyInputSchema.parse({ ...valid, vanafRijksontmoetingsplein: input }).vanafRijksontmoetingsplein).toBe(expected);
  });

  it('rejects another boolean value in Dutch', () => {
    expect(issues({ vanafRijksontmoetingsplein: 'misschien' })).toEqual([['vanafRijksontmoetingsplein', 'verwacht ja of nee']]);
    expect(issues({ vanafRijksontmoetingsplein: 'Ja' })).toEqual([['vanafRijksontmoetingsplein', 'verwacht ja of nee']]);
  });

  it('checks numbers, lengths and the kenmerk alphabet', () => {
    expect(issues({ schaalMin: 'abc' })).toEqual([['schaalMin', 'verwacht een getal']]);
    expect(issues({ schaalMax: 10.5 })).toEqual([['schaalMax', 'verwacht een geheel getal']]);
    expect(issues({ schaalMax: 19 })).toEqual([['schaalMax', 'hoogstens 18']]);
    expect(issues({ salarisMin: 499 })).toEqual([['salarisMin', 'minimaal 500']]);
    expect(issues({ kenmerk: 'a<b' })).toEqual([['kenmerk', 'alleen letters, cijfers en . - / _']]);
    // An empty kenmerk also fails the alphabet check; the first message is the one that helps.
    expect(issues({ kenmerk: '   ' })).toEqual([
      ['kenmerk', 'verplicht'],
      ['kenmerk', 'alleen letters, cijfers en . - / _'],
    ]);
    expect(issues({ titel: 'ab' })).toEqual([['titel', 'minimaal 3 tekens']]);
    expect(issues({ standplaatsen: [] })).toEqual([['standplaatsen', 'minimaal één standplaats']]);
    expect(issues({ standplaatsen: Array.from({ length: 11 }, (_, i) => `Plaats ${i}`) })).toEqual([['standplaatsen', 'hoogstens 10 standplaatsen']]);
  });
});

describe('csvRecordToVacancyInput', () => {
  it('splits standplaatsen on "|", trimming and dropping empty parts', () => {
    expect(csvRecordToVacancyInput({ kenmerk: 'A-1', standplaatsen: ' Assen | GM0014 ||Den Haag| ' })).toEqual({ kenmerk: 'A-1', standplaatsen: ['Assen', 'GM0014', 'Den Haag'] });
  });

  it('gives an empty list when the column is missing or empty', () => {
    expect(csvRecordToVacancyInput({ kenmerk: 'A-1' })).toEqual({ kenmerk: 'A-1', standplaatsen: [] });
    expect(csvRecordToVacancyInput({ standplaatsen: '' })).toEqual({ standplaatsen: [] });
  });

  it('produces input the schema accepts from a CSV row', () => {
    const row = Object.fromEntries(Object.entries({ ...valid, standplaatsen: 'Assen|Groningen', vanafRijksontmoetingsplein: 'ja' }).map(([k, v]) => [k, String(v)]));
    expect(vacancyInputSchema.parse(csvRecordToVacancyInput(row))).toMatchObject({ standplaatsen: ['Assen', 'Groningen'], schaalMin: 10, vanafRijksontmoetingsplein: true });
  });
});

describe('CSV columns', () => {
  it('requires a subset of the columns', () => {
    expect(VACANCY_CSV_REQUIRED.every((c) => VACANCY_CSV_COLUMNS.includes(c))).toBe(true);
    expect(VACANCY_CSV_COLUMNS.filter((c) => !VACANCY_CSV_REQUIRED.includes(c))).toEqual(['werkwijze', 'vanafRijksontmoetingsplein', 'status', 'sollicitatieUrl', 'sollicitatieEmail', 'contactTelefoon', 'contactEmail', 'procedureStappen', 'gesprekdata']);
  });
});

/** "1 januari 2000" for an ISO date, as the messages write it. */
function dutch(iso: string): string {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
}

describe('vacancyDateIssues', () => {
  const NOW = new Date('2026-12-02T10:00:00Z');
  it('allows closing dates up to today plus two years in Amsterdam, publication up to today', () => {
    expect(latestClosingDate(NOW)).toBe('2028-12-02');
    expect(vacancyDateIssues({ gepubliceerdOp: '2026-12-02', sluitingsdatum: '2028-12-02' }, NOW)).toEqual([]);
    expect(vacancyDateIssues({ gepubliceerdOp: '2026-12-03', sluitingsdatum: '2028-12-03' }, NOW)).toEqual([
      { path: 'gepubliceerdOp', message: 'ligt in de toekomst: een vacature wordt gepubliceerd als je haar verstuurt' },
      { path: 'sluitingsdatum', message: 'ligt meer dan twee jaar in de toekomst (uiterlijk 2 december 2028)' },
    ]);
    expect(vacancyDateIssues({ gepubliceerdOp: '2000-01-01', sluitingsdatum: '1999-12-31' }, NOW)).toEqual([{ path: 'sluitingsdatum', message: 'ligt vóór 1 januari 2000' }]);
  });

  it('steps back to 28 February from a leap day', () => {
    expect(latestClosingDate(new Date('2028-02-29T12:00:00Z'))).toBe('2030-02-28');
  });
});
