import { describe, expect, it } from 'vitest';
import { housingQuestionInput, housingReferenceErrors } from '../../../src/lib/housing/housing-input.ts';

const form = { organisatie: 'duo', omvang: '12,5', eenheid: 'fte', vakgebied: 'ict', jaar: '2027', kwartaal: '', max_afstand_km: '45', afstand_tot: 'plein', buiten_randstad: 'ja', van_gemeente: '', toelichting: '' };

describe('the housing-question form', () => {
  it('reads Dutch decimals, empty optional fields and the checkbox', () => {
    expect(housingQuestionInput.parse(form)).toEqual({ organisatie: 'duo', omvang: 12.5, eenheid: 'fte', vakgebied: 'ict', jaar: 2027, kwartaal: null, max_afstand_km: 45, afstand_tot: 'plein', buiten_randstad: true, van_gemeente: null, toelichting: null });
    expect(housingQuestionInput.parse({ ...form, buiten_randstad: '' }).buiten_randstad).toBe(false);
  });

  it('explains each wrong field in Dutch', () => {
    const result = housingQuestionInput.safeParse({ ...form, omvang: '0', vakgebied: 'astrologie', kwartaal: '5', max_afstand_km: '301', jaar: '2023' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toEqual({
      omvang: 'Vul een aantal groter dan 0 in, zoals 40 of 12,5 (hoogstens één decimaal).',
      vakgebied: 'Kies het soort werk.',
      jaar: 'Vul een jaar vanaf 2024 in.',
      kwartaal: 'Kies een kwartaal (1 tot en met 4) of laat het leeg.',
      max_afstand_km: 'Vul een afstand van 1 tot 300 km in, of laat het leeg.',
    });
  });

  it('a move must start where the organisation has fte', () => {
    const value = housingQuestionInput.parse({ ...form, van_gemeente: 'GM0363' });
    expect(housingReferenceErrors(value, new Set(['duo']), new Set(['GM0014']))).toEqual({ van_gemeente: 'De organisatie heeft in deze gemeente geen fte in de inventarisatie.' });
    expect(housingReferenceErrors(value, new Set(['duo']), new Set(['GM0363']))).toEqual({});
    expect(housingReferenceErrors(value, new Set(['bz']), new Set())).toEqual({ organisatie: 'Deze organisatie is niet bekend.' });
  });
});
