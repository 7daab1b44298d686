import { createHash } from 'node:crypto';
import type { VacancyApplyInput } from '../vacancy-apply.ts';
import { dayToIso, isoToDay } from './iso-dates.ts';

// Invented first and last names for demo contact persons; nobody real is meant.
const FIRST = ['Sanne', 'Joris', 'Fatima', 'Pieter', 'Noor', 'Daan', 'Esra', 'Wouter', 'Lotte', 'Mehmet', 'Iris', 'Ruben'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'El Amrani', 'Visser', 'Smit', 'Mulder', 'de Boer', 'Yilmaz', 'Bos', 'Hoekstra', 'Dijkstra'];
const ROLES = ['recruiter', 'teamleider', 'afdelingshoofd', 'HR-adviseur'];

/**
 * Apply details for a demo vacancy, derived from its kenmerk (not from the generator's random stream,
 * so adding them changed no other demo field). Addresses use the reserved `.example` domain (RFC 2606):
 * they can never reach a real organisation, and the page labels the vacancy as a demo.
 */
export function demoApplyFor(v: { kenmerk: string; organisatieCode: string; sluitingsdatum: string }): VacancyApplyInput {
  const h = createHash('sha256').update(v.kenmerk).digest();
  const host = `${v.organisatieCode.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.voorbeeld.example`;
  const byMail = h[0]! % 4 === 0;
  const closing = isoToDay(v.sluitingsdatum);
  return {
    sollicitatieUrl: byMail ? undefined : `https://werken.${host}/solliciteren/${encodeURIComponent(v.kenmerk)}`,
    sollicitatieEmail: byMail ? `sollicitaties@${host}` : undefined,
    contactNaam: `${FIRST[h[1]! % FIRST.length]} ${LAST[h[2]! % LAST.length]}`,
    contactFunctie: ROLES[h[3]! % ROLES.length]!,
    contactTelefoon: undefined,
    contactEmail: `vragen@${host}`,
    procedureStappen: [
      'Solliciteer met je cv en een korte motivatie, uiterlijk op de sluitingsdatum.',
      'Binnen twee weken na de sluitingsdatum hoor je of je wordt uitgenodigd.',
      'Eerste gesprek met de teamleider en een collega.',
      'Tweede gesprek, met een korte praktijkopdracht.',
    ],
    gesprekdata: [dayToIso(closing + 10), dayToIso(closing + 17)],
  };
}
