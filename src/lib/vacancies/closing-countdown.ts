import { amsterdamDate, daysBetween } from '../time/amsterdam-time.ts';

/** The countdown text for a closing date, from the point of view of Amsterdam time. */
export function closingCountdown(closingDate: string, now: Date = new Date(), locale: 'nl' | 'en' = 'nl'): { days: number; text: string } {
  const days = daysBetween(amsterdamDate(now), closingDate);
  const nl = locale === 'nl';
  if (days < 0) return { days, text: nl ? 'Gesloten' : 'Closed' };
  if (days === 0) return { days, text: nl ? 'Sluit vandaag om 23.59 uur' : 'Closes today at 23:59' };
  if (days === 1) return { days, text: nl ? 'Sluit morgen om 23.59 uur' : 'Closes tomorrow at 23:59' };
  return { days, text: nl ? `Nog ${days} dagen om te reageren` : `${days} days left to apply` };
}
