import type { ImportHistoryEntry } from './import-history.ts';

const WHEN = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** When an attempt started, in Dutch and Amsterdam time ("2 december 2026 om 01:15"). */
export function importMoment(date: Date): string {
  const parts = Object.fromEntries(WHEN.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} om ${parts.hour}:${parts.minute}`;
}

/** What kind of attempt it was, in words ("Controle zonder opslaan", "Import via de API"). */
export function importKind(entry: Pick<ImportHistoryEntry, 'soort' | 'kanaal'>): string {
  const what = entry.soort === 'proef' ? 'Controle zonder opslaan' : 'Import';
  return entry.kanaal === 'api' ? `${what} via de API` : `${what} via het dashboard`;
}

/** The outcome in one phrase: the row counts, or that the file was refused. */
export function importOutcome(entry: Pick<ImportHistoryEntry, 'uitkomst' | 'soort' | 'geaccepteerd' | 'ongewijzigd' | 'afgewezen'>): string {
  if (entry.uitkomst === 'geweigerd') return 'Bestand geweigerd, niets opgeslagen';
  const stored = entry.soort === 'proef' ? 'zou nieuw of gewijzigd zijn' : 'nieuw of gewijzigd';
  return `${entry.geaccepteerd} ${stored}, ${entry.ongewijzigd} ongewijzigd, ${entry.afgewezen} afgewezen`;
}
