import type { APIRoute } from 'astro';
import { z } from 'zod';
import { verifyCsrf } from '../../../lib/auth/csrf.ts';
import { FORM_EXPIRED } from '../../../lib/forms/staff-form.ts';
import { publishSnapshot } from '../../../lib/inventory/snapshot-store.ts';
import { InventoryError } from '../../../lib/inventory/inventory-error.ts';
import { BODY_LIMITS, readSmallForm, RequestBodyError } from '../../../lib/http/request-body.ts';
import { getConfig } from '../../../lib/config/config.ts';
import { getDatabase } from '../../../lib/runtime/app-context.ts';
import { storeReportPdfAtPublish } from '../../../lib/statistics/report-pdf-at-publish.ts';

/** POST /cijfers/upload/publiceren: publishes (freezes) a concept snapshot. Analysts and admins only. */
export const POST: APIRoute = async ({ request, locals, redirect, url }) => {
  let form: Map<string, string>;
  try {
    form = await readSmallForm(request, BODY_LIMITS.smallForm);
  } catch (error) {
    if (error instanceof RequestBodyError) return new Response(error.message, { status: error.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
  if (!verifyCsrf(locals.session, form.get('_csrf'))) return new Response(FORM_EXPIRED, { status: 403 });
  const id = z.coerce.number().int().positive().safeParse(form.get('id'));
  if (!id.success) return new Response('Ongeldige snapshot.', { status: 400 });
  let result: Awaited<ReturnType<typeof publishSnapshot>>;
  try {
    result = await publishSnapshot((await getDatabase()).db, id.data, locals.session!.user.gebruikersnaam);
  } catch (error) {
    if (error instanceof InventoryError) return new Response(error.message, { status: 400 });
    throw error;
  }
  // The publish is committed; its report version's PDF is printed now and stored (never fails the publish).
  const pdf = await storeReportPdfAtPublish({ dataDir: getConfig().DATA_DIR, origin: url.origin, snapshot: result.snapshot });
  return redirect(`/cijfers/upload?gepubliceerd=${id.data}&pdf=${pdf.status}`, 303);
};
