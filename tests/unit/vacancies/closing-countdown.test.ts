import { describe, expect, it } from 'vitest';
import { closingCountdown } from '../../../src/lib/vacancies/closing-countdown.ts';

describe('closingCountdown', () => {
  const noon = new Date('2026-03-10T11:00:00Z');

  it('counts the days left in Dutch', () => {
    expect(closingCountdown('2026-03-15', noon)).toEqual({ days: 5, text: 'Nog 5 dagen om te reageren' });
    expect(closingCountdown('2026-03-12', noon)).toEqual({ days: 2, text: 'Nog 2 dagen om te reageren' });
  });

  it('says tomorrow and today with the closing time', () => {
    expect(closingCountdown('2026-03-11', noon)).toEqual({ days: 1, text: 'Sluit morgen om 23.59 uur' });
    expect(closingCountdown('2026-03-10', noon)).toEqual({ days: 0, text: 'Sluit vandaag om 23.59 uur' });
  });

  it('says closed after the closing day', () => {
    expect(closingCountdown('2026-03-09', noon)).toEqual({ days: -1, text: 'Gesloten' });
  });

  it('has English texts', () => {
    expect(closingCountdown('2026-03-15', noon, 'en').text).toBe('5 days left to apply');
    expect(closingCountdown('2026-03-11', noon, 'en').text).toBe('Closes tomorrow at 23:59');
    expect(closingCountdown('2026-03-10', noon, 'en').text).toBe('Closes today at 23:59');
    expect(closingCountdown('2026-03-09', noon, 'en').text).toBe('Closed');
  });

  it('counts from the Amsterdam date: 23:30 UTC on the 9th is already the 10th', () => {
    expect(closingCountdown('2026-03-10', new Date('2026-03-09T23:30:00Z')).text).toBe('Sluit vandaag om 23.59 uur');
    expect(closingCountdown('2026-03-10', new Date('2026-03-09T22:59:59Z')).text).toBe('Sluit morgen om 23.59 uur');
  });
});
