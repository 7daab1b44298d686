import { describe, expect, it } from 'vitest';
import { vacancySlug } from '../../../src/lib/vacancies/vacancy-slug.ts';

describe('vacancySlug', () => {
  it('is the title slug plus an 8-character hash, and stable', () => {
    const slug = vacancySlug('Adviseur Informatiebeveiliging', 'dji', 'DJI-2026-17');
    expect(slug).toMatch(/^adviseur-informatiebeveiliging-[0-9a-f]{8}$/);
    expect(vacancySlug('Adviseur Informatiebeveiliging', 'dji', 'DJI-2026-17')).toBe(slug);
  });

  it('differs per kenmerk and per organisation for the same title', () => {
    const a = vacancySlug('Jurist', 'dji', 'A-1');
    expect(vacancySlug('Jurist', 'dji', 'A-2')).not.toBe(a);
    expect(vacancySlug('Jurist', 'rws', 'A-1')).not.toBe(a);
  });

  it('keeps the hash when only the title changes', () => {
    expect(vacancySlug('Jurist', 'dji', 'A-1').slice(-8)).toBe(vacancySlug('Senior jurist', 'dji', 'A-1').slice(-8));
  });

  it('does not let organisation and kenmerk run into each other', () => {
    expect(vacancySlug('Jurist', 'ab', 'c')).not.toBe(vacancySlug('Jurist', 'a', 'bc'));
  });

  it('cuts long titles at 70 characters without a trailing hyphen', () => {
    const slug = vacancySlug(`${'a'.repeat(69)} bcd efg`, 'dji', 'X');
    expect(slug).toMatch(new RegExp(`^${'a'.repeat(69)}-[0-9a-f]{8}$`));
    expect(vacancySlug('word '.repeat(40), 'dji', 'X').length).toBeLessThanOrEqual(70 + 1 + 8);
  });

  it('uses only a-z, 0-9 and hyphens, stripping accents and punctuation', () => {
    const slug = vacancySlug("Beleidsmedewerker Súdwest-Fryslân & 's-Hertogenbosch (32–36 uur) ß 😀", 'dji', 'X');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(slug).toMatch(/^beleidsmedewerker-sudwest-fryslan-s-hertogenbosch-32-36-uur-[0-9a-f]{8}$/);
  });

  it('falls back to "vacature" when the title has no usable letters', () => {
    expect(vacancySlug('—!?', 'dji', 'X')).toMatch(/^vacature-[0-9a-f]{8}$/);
  });
});
