import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseDate, zDutchDate, zOptionalDutchDate } from '../../../src/lib/import/normalise-date.ts';

describe('normaliseDate', () => {
  it.each([
    ['29-02-2024', '2024-02-29'],
    ['1-3-2024', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    [' 31-12-2024 ', '2024-12-31'],
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29T23:30:00Z', '2024-02-29'],
    ['2024-02-29T10:15:00.123+01:00', '2024-02-29'],
    ['2024-02-29 10:15', '2024-02-29'],
    ['29-02-2000', '2000-02-29'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normaliseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['29-02-2023', '"29-02-2023" bestaat niet: februari 2023 heeft 28 dagen.'],
    ['29-02-1900', '"29-02-1900" bestaat niet: februari 1900 heeft 28 dagen.'],
    ['31-04-2024', '"31-04-2024" bestaat niet: april 2024 heeft 30 dagen.'],
    ['00-01-2024', '"00-01-2024" bestaat niet: januari 2024 heeft 31 dagen.'],
    ['2023-02-29', '"2023-02-29" bestaat niet: februari 2023 heeft 28 dagen.'],
    ['15-13-2024', '"15-13-2024" is geen geldige datum: maand 13 bestaat niet.'],
    ['01-01-1850', '"01-01-1850" is geen geldige datum: het jaar moet tussen 1900 en 2100 liggen.'],
    ['1-3-24', '"1-3-24" is geen datum. Gebruik dd-mm-jjjj (bijvoorbeeld 31-12-2024) of jjjj-mm-dd.'],
    ['01-03/2024', '"01-03/2024" is geen datum. Gebruik dd-mm-jjjj (bijvoorbeeld 31-12-2024) of jjjj-mm-dd.'],
    ['2024-2-29', '"2024-2-29" is geen datum. Gebruik dd-mm-jjjj (bijvoorbeeld 31-12-2024) of jjjj-mm-dd.'],
    ['45351', '"45351" lijkt een Excel-datumnummer. Geef de kolom in Excel de datumnotatie dd-mm-jjjj en exporteer opnieuw.'],
    ['  ', 'Datum ontbreekt.'],
  ])('rejects %j', (input, message) => {
    expect(normaliseDate(input)).toEqual({ ok: false, message });
  });
});

describe('zDutchDate', () => {
  it('outputs the ISO date or a Dutch issue', () => {
    const schema = z.object({ start: zDutchDate });
    expect(schema.parse({ start: '29-02-2024' })).toEqual({ start: '2024-02-29' });
    const result = schema.safeParse({ start: '29-02-2023' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['start'], '"29-02-2023" bestaat niet: februari 2023 heeft 28 dagen.']]);
  });

  it('zOptionalDutchDate turns an empty cell into null', () => {
    expect(zOptionalDutchDate.parse(' ')).toBe(null);
    expect(zOptionalDutchDate.parse('1-3-2024')).toBe('2024-03-01');
    expect(zOptionalDutchDate.safeParse('31-02-2024').error?.issues[0]?.message).toBe('"31-02-2024" bestaat niet: februari 2024 heeft 29 dagen.');
  });
});
