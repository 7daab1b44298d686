import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../../../src/lib/vacancies/demo/iso-dates.ts';
import { escapeHtml, formatEuro, lowerFirst, placeName } from '../../../../src/lib/vacancies/demo/texts.ts';

describe('placeName', () => {
  it('writes the seat of government as Den Haag', () => {
    expect(placeName("'s-Gravenhage")).toBe('Den Haag');
  });

  it('drops the CBS disambiguation suffix', () => {
    expect([placeName('Bergen (NH.)'), placeName('Middelburg (Z.)'), placeName('Rijswijk (ZH.)'), placeName('Hengelo (O.)')]).toEqual(['Bergen', 'Middelburg', 'Rijswijk', 'Hengelo']);
  });

  it("leaves other names alone, including 's-Hertogenbosch", () => {
    expect([placeName("'s-Hertogenbosch"), placeName('Nuenen, Gerwen en Nederwetten')]).toEqual(["'s-Hertogenbosch", 'Nuenen, Gerwen en Nederwetten']);
  });
});

describe('lowerFirst', () => {
  it('lower-cases an ordinary title but keeps abbreviations and inner capitals', () => {
    expect([lowerFirst('Jurist bestuursrecht'), lowerFirst('IT-auditor'), lowerFirst('DevOps engineer'), lowerFirst('HR-adviseur'), lowerFirst('Power BI-ontwikkelaar')]).toEqual([
      'jurist bestuursrecht',
      'IT-auditor',
      'DevOps engineer',
      'HR-adviseur',
      'power BI-ontwikkelaar',
    ]);
  });
});

describe('formatEuro', () => {
  it('uses a dot as thousands separator', () => {
    expect([formatEuro(950), formatEuro(4600), formatEuro(12500)]).toEqual(['€ 950', '€ 4.600', '€ 12.500']);
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml('<script>"a" & b</script>')).toBe('&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;');
  });
});

describe('iso dates', () => {
  it('round-trips across a leap day and a year end', () => {
    expect(dayToIso(isoToDay('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dayToIso(isoToDay('2025-12-31') + 1)).toBe('2026-01-01');
  });

  it('rejects impossible dates and other formats', () => {
    expect(() => isoToDay('2025-02-29')).toThrow(RangeError);
    expect(() => isoToDay('15-03-2026')).toThrow(RangeError);
  });
});
