import type { APIRoute } from 'astro';
import { z } from 'zod';
import { recordToJson } from '../../../../lib/api/vacancy-json.ts';
import { handlePublish } from '../../../../lib/api/publish-endpoint.ts';
import { getConfig } from '../../../../lib/config/config.ts';
import { jsonResponse, problemResponse } from '../../../../lib/http/problem.ts';
import { getDatabase } from '../../../../lib/runtime/app-context.ts';
import { loadVacancyRecords } from '../../../../lib/vacancies/vacancy-record.ts';

const idSchema = z.uuid();

/** GET /api/v1/vacatures/{id}: one vacancy; 404 when unknown, 410 when closed. */
export const GET: APIRoute = async ({ params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) return problemResponse({ title: 'Ongeldig id', status: 400, detail: 'Het id van een vacature is een UUID.', invalidParams: [{ name: 'id', reason: 'geen geldige UUID' }] });
  const [v] = await loadVacancyRecords((await getDatabase()).db, { ids: [id.data] });
  if (!v) return problemResponse({ title: 'Vacature niet gevonden', status: 404, detail: `Er is geen vacature met id ${id.data}.` });
  const body = recordToJson(v, getConfig().PUBLIC_BASE_URL);
  if (body.status !== 'open') return problemResponse({ title: 'Vacature gesloten', status: 410, detail: `Deze vacature is ${body.status}; reageren kan niet meer.` });
  return jsonResponse(body, { headers: { 'Cache-Control': 'no-store' } });
};

/** PUT /api/v1/vacatures/{id}: replace a vacancy of the token's organisation. */
export const PUT: APIRoute = async ({ request, params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) return problemResponse({ title: 'Ongeldig id', status: 400, detail: 'Het id van een vacature is een UUID.' });
  return handlePublish(request, id.data);
};
