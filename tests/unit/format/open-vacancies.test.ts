import { describe, expect, it } from 'vitest';
import { openVacanciesText } from '../../../src/lib/format/open-vacancies.ts';

describe('openVacanciesText', () => {
  it('says one or many in Dutch and English, with the locale’s thousands separator', () => {
    expect(openVacanciesText(1, 'nl')).toBe('1 open vacature');
    expect(openVacanciesText(1234, 'nl')).toBe('1.234 open vacatures');
    expect(openVacanciesText(1, 'en')).toBe('1 open vacancy');
    expect(openVacanciesText(0, 'en')).toBe('0 open vacancies');
  });
});
