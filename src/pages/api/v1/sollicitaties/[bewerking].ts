import type { APIRoute } from 'astro';
import { canSeeOrganisation } from '../../../../lib/auth/access-rules.ts';
import { verifyCsrf } from '../../../../lib/auth/csrf.ts';
import { getConfig } from '../../../../lib/config/config.ts';
import { jsonResponse, problemResponse } from '../../../../lib/http/problem.ts';
import { BODY_LIMITS, RequestBodyError } from '../../../../lib/http/request-body.ts';
import { stageRequestBody, uploadDirectory, type StagedFile } from '../../../../lib/http/upload-to-file.ts';
import { fileSource } from '../../../../lib/import/open-source.ts';
import { retentionFromConfig, runApplicationImport } from '../../../../lib/intake/application-import-service.ts';
import { pseudonymSecrets } from '../../../../lib/secrets/pseudonym-keys.ts';
import { getDatabase, getReferenceLookups } from '../../../../lib/runtime/app-context.ts';

/**
 * POST /api/v1/sollicitaties/_import?organisatie=<code>: the body IS the file (text/csv or
 * application/x-ndjson), streamed to a temporary file (at most 200 MB) so a million rows never sit in memory
 * and the import's transaction opens only once the whole file is in (a trickled upload cannot hold the
 * database). An organisation
 * token imports for its own organisation; a logged-in HR coordinator (with X-CSRF-Token) for theirs.
 */
export const POST: APIRoute = async ({ request, url, locals, params }) => {
  // Astro skips files whose name starts with "_", so "_import" is a parameter checked here.
  if (params.bewerking !== '_import') return problemResponse({ title: 'Niet gevonden', status: 404, detail: 'Bedoel je POST /api/v1/sollicitaties/_import?' });
  const lookups = await getReferenceLookups();
  let organisatieCode: string;
  let door: string;
  if (locals.tokenOrganisation) {
    organisatieCode = locals.tokenOrganisation;
    door = `token:${organisatieCode}`;
  } else if (locals.session) {
    if (!verifyCsrf(locals.session, request.headers.get('x-csrf-token'))) return problemResponse({ title: 'CSRF-controle mislukt', status: 403, detail: 'Stuur de CSRF-token van je sessie mee in de kop X-CSRF-Token.' });
    organisatieCode = url.searchParams.get('organisatie') ?? '';
    if (!canSeeOrganisation(locals.session.user, organisatieCode)) return problemResponse({ title: 'Geen toegang', status: 403, detail: 'Je kunt alleen gegevens van je eigen organisatie inlezen.' });
    door = locals.session.user.gebruikersnaam;
  } else {
    return problemResponse({ title: 'Niet geautoriseerd', status: 401, detail: 'Stuur een organisatietoken mee.' });
  }
  if (!lookups.organisationCodes.has(organisatieCode)) return problemResponse({ title: 'Onbekende organisatie', status: 400, detail: 'Geef de organisatie op met ?organisatie=<code>.', invalidParams: [{ name: 'organisatie', reason: 'onbekende code' }] });
  let file: StagedFile;
  try {
    file = await stageRequestBody(request, { dir: uploadDirectory(getConfig().DATA_DIR), maxBytes: BODY_LIMITS.upload });
  } catch (error) {
    if (error instanceof RequestBodyError) return problemResponse({ title: error.status === 413 ? 'Te groot' : 'Ongeldig verzoek', status: error.status, detail: error.message });
    throw error;
  }
  let result: Awaited<ReturnType<typeof runApplicationImport>>;
  try {
    result = await runApplicationImport((await getDatabase()).db, fileSource(file.path), {
      // ?alleenControleren=true: the same import, rolled back (a dry run); it is listed in the import history too.
      organisatieCode, ...pseudonymSecrets(getConfig()), retention: retentionFromConfig(getConfig()), door, kanaal: 'api', dryRun: url.searchParams.get('alleenControleren') === 'true', contentType: file.contentType || undefined, firstBytes: file.firstBytes, catalog: lookups.catalog,
    });
  } finally {
    await file.dispose();
  }
  if (!result.ok) return problemResponse({ title: 'Import geweigerd', status: result.status, detail: result.message });
  const r = result.report;
  const status = r.accepted + r.unchanged === 0 && r.rejected > 0 ? 422 : 200;
  return jsonResponse({ importId: r.dryRun ? null : r.importId, alleenGecontroleerd: r.dryRun, formaat: r.format, nieuwOfGewijzigd: r.accepted, ongewijzigd: r.unchanged, afgewezen: r.rejected, verlopen: r.expired, genegeerdeKolommen: r.ignoredColumns, rijen: r.issues, opmerkingen: r.notices, nietGetoond: r.omittedIssues }, { status, headers: { 'Cache-Control': 'no-store' } });
};
