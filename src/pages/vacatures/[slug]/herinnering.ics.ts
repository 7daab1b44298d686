import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getConfig } from '../../../lib/config/config.ts';
import { getDatabase } from '../../../lib/runtime/app-context.ts';
import { closingReminderIcs } from '../../../lib/vacancies/closing-reminder-ics.ts';
import { loadVacancyRecords } from '../../../lib/vacancies/vacancy-record.ts';
import { effectiveStatus } from '../../../lib/vacancies/vacancy-status.ts';

/** GET /vacatures/{slug}/herinnering.ics: a calendar reminder for the closing date. */
export const GET: APIRoute = async ({ params }) => {
  const slug = z.string().regex(/^[a-z0-9-]{3,120}$/).safeParse(params.slug);
  if (!slug.success) return new Response('Niet gevonden', { status: 404 });
  const [v] = await loadVacancyRecords((await getDatabase()).db, { slug: slug.data });
  if (!v) return new Response('Niet gevonden', { status: 404 });
  if (effectiveStatus(v) !== 'open') return new Response('Deze vacature is gesloten.', { status: 410 });
  const ics = closingReminderIcs({ id: v.id, titel: v.titel, organisatie: v.organisatieNaam, sluitingsdatum: v.sluitingsdatum, url: `${getConfig().PUBLIC_BASE_URL}/vacatures/${v.slug}` });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="sluiting-${v.slug}.ics"` } });
};
