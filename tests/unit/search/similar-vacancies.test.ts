import { describe, expect, it } from 'vitest';
import { pickSimilar } from '../../../src/lib/search/similar-vacancies.ts';
import type { VacancyHit } from '../../../src/lib/search/vacancy-search-result.ts';

const hit = (id: string, titel: string, vakgebied: string, opleidingsniveau: string, afstandKm: number | null): VacancyHit => ({
  id, slug: id, titel, samenvatting: '', organisatie: 'BZK', organisatieCode: 'bzk', plaatsen: [], gemeenteCodes: [], provincieCodes: [], schaalMin: 10, schaalMax: 11,
  salarisMin: 4000, salarisMax: 5000, urenMin: 36, urenMax: 36, opleidingsniveau, vakgebied, contract: 'vast', werkwijze: 'hybride', vanafRijksontmoetingsplein: false,
  gepubliceerdOp: '2026-11-01', sluitingsdatum: '2026-12-31', isDemo: false, afstandKm,
});

describe('pickSimilar', () => {
  const own = { id: 'self', titel: 'Beleidsadviseur wonen', vakgebied: 'beleid', opleidingsniveau: 'wo' };

  it('puts same field and level first, nearest first, and drops other fields', () => {
    const picked = pickSimilar(own, [
      hit('a', 'Beleidsmedewerker hbo', 'beleid', 'hbo', 2),
      hit('b', 'Senior beleidsadviseur', 'beleid', 'wo', 30),
      hit('c', 'Infanterist', 'veiligheid', 'mbo', 1),
      hit('d', 'Beleidsadviseur water', 'beleid', 'wo', 10),
    ]);
    expect(picked.map((h) => h.id)).toEqual(['d', 'b', 'a']);
  });

  it('never shows itself or a title twice (case and spaces ignored)', () => {
    const picked = pickSimilar(own, [
      hit('self', 'Beleidsadviseur wonen', 'beleid', 'wo', 0),
      hit('x', 'beleidsadviseur  Wonen', 'beleid', 'wo', 1),
      hit('y', 'Jurist', 'beleid', 'wo', 2),
      hit('z', 'jurist', 'beleid', 'wo', 3),
    ]);
    expect(picked.map((h) => h.id)).toEqual(['y']);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 9 }, (_, i) => hit(`h${i}`, `Titel ${i}`, 'beleid', 'wo', i));
    expect(pickSimilar(own, many, 5)).toHaveLength(5);
  });
});
