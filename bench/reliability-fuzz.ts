/**
 * The fuzz part of `npm run test:reliability` (issue 11): malformed input on every endpoint and every reader.
 * The targets are not a hand-kept list: signed in as a staff member, the run crawls the site from its entry
 * pages and collects every same-origin link and every POST form it can reach (fields, file fields, encoding),
 * so a new page or form is fuzzed without anyone remembering to add it. Next to that come the readers that
 * only a client reaches: the JSON publish API and the CSV/NDJSON application import with an organisation token.
 * A reply counts as a finding when it is a 5xx or no reply at all.
 */

/** One fuzz finding: what was sent and what came back (status 0 = no reply). */
export interface FuzzFinding {
  target: string;
  status: number;
  input: string;
}

/** A POST form as the crawl found it. */
interface FoundForm {
  action: string;
  multipart: boolean;
  fields: string[];
  fileFields: string[];
}

const JUNK_PIECES = ['%00', '%ff', '\u0000', '😀', "'", '"', '<script>', '../', '9999-12-31', '-1', '1e309', 'NaN', '{"a":', ']', ';', ',', '\r', '\n', 'é', 'Ĳ', 'a'.repeat(300), ' ', '0', '2026-02-30', 'PV20', 'GM0014'];

/** A deterministic junk string for input number n. */
export function junk(n: number): string {
  let out = '';
  for (let k = 0; k < 1 + (n % 6); k++) out += JUNK_PIECES[(n * 7 + k * 13) % JUNK_PIECES.length];
  return out;
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(Buffer.from(text, 'utf8'));

/** A junk file body for the readers: CSV, NDJSON, JSON, binary and Latin-1 shapes. */
function junkFile(n: number): { body: Uint8Array<ArrayBuffer>; type: string; name: string } {
  const j = junk(n);
  switch (n % 6) {
    case 0: return { body: utf8(`sollicitant_id,vacature,sollicitatiedatum,postcode,fase,uitkomst\n${j},${j},${j},${j},${j},${j}\n`), type: 'text/csv', name: 'a.csv' };
    case 1: return { body: utf8(`{"sollicitant_id":"${j.replace(/["\\]/g, '')}","fase":${JSON.stringify(j)}}\n${j}\n`), type: 'application/x-ndjson', name: 'a.ndjson' };
    case 2: return { body: utf8(`[${JSON.stringify({ kenmerk: j, fte: j, peildatum: j })}]`), type: 'application/json', name: 'a.json' };
    case 3: return { body: Uint8Array.from({ length: 64 + (n % 200) }, (_, i) => (i * 31 + n) % 256), type: 'application/octet-stream', name: 'a.bin' };
    case 4: return { body: Uint8Array.from([0x63, 0x6f, 0x64, 0x65, 0x2c, 0xe9, 0x0a, 0xe8, 0x2c, 0x31, 0x0a]), type: 'text/csv', name: 'latin1.csv' };
    default: return { body: utf8(`peildatum,organisatie,corop,fte\n${j},${j},${j},${j}\n`), type: 'text/csv', name: 'inventaris.csv' };
  }
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const unescapeHtml = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&quot;/g, '"');

/** Same-origin paths linked from a page (no fragments, no static assets). */
function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)"/gi)) {
    const href = unescapeHtml(m[1]!);
    if (/\.(css|js|svg|png|woff2?|ico|pdf)(\?|$)/.test(href) || href.startsWith('//')) continue;
    out.push(href);
  }
  return out;
}

/** The POST forms of a page with their field names. */
function formsOf(html: string, pagePath: string): FoundForm[] {
  const out: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = m[1]!;
    if ((attribute(tag, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const action = unescapeHtml(attribute(tag, 'action') ?? pagePath) || pagePath;
    if (!action.startsWith('/')) continue;
    const fields = new Set<string>();
    const fileFields = new Set<string>();
    for (const f of m[2]!.matchAll(/<(input|select|textarea)\b([^>]*)>/gi)) {
      const name = attribute(f[2]!, 'name');
      if (!name || name === '_csrf') continue;
      if ((attribute(f[2]!, 'type') ?? '').toLowerCase() === 'file') fileFields.add(name);
      else fields.add(name);
    }
    out.push({ action, multipart: (attribute(tag, 'enctype') ?? '').includes('multipart'), fields: [...fields], fileFields: [...fileFields] });
  }
  return out;
}

/** The session cookie and CSRF token of a signed-in staff member. */
export interface StaffSession {
  cookie: string;
  csrf: string;
}

/** Signs in through the real login form; returns the session cookie and a CSRF token from a staff page. */
export async function signIn(base: string, username: string, password: string): Promise<StaffSession> {
  const reply = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
    body: new URLSearchParams({ gebruikersnaam: username, wachtwoord: password, terug: '/dashboard' }),
  });
  const cookie = reply.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error(`sign-in failed: ${reply.status}`);
  const page = await (await fetch(`${base}/dashboard/import`, { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('sign-in: no CSRF token on /dashboard/import');
  return { cookie, csrf };
}

/** Pages that do something no fuzz should trigger: signing out ends the session the rest of the run uses. */
const NEVER_POST = ['/logout'];

/** Crawls from the entry pages (breadth first, at most `limit` pages) as the signed-in staff member. */
export async function crawl(base: string, session: StaffSession, entries: string[], limit: number): Promise<{ pages: string[]; forms: FoundForm[] }> {
  const seen = new Set<string>();
  const queue = [...entries];
  const forms = new Map<string, FoundForm>();
  while (queue.length && seen.size < limit) {
    const path = queue.shift()!;
    // One representative per route shape with a query string: ?pagina=2 and ?pagina=3 test the same reader.
    const shape = path.replace(/=[^&]*/g, '=');
    if (seen.has(shape)) continue;
    seen.add(shape);
    const reply = await fetch(`${base}${path}`, { headers: { Cookie: session.cookie }, redirect: 'manual' }).catch(() => null);
    if (!reply || !(reply.headers.get('content-type') ?? '').includes('text/html')) {
      await reply?.body?.cancel();
      continue;
    }
    const html = await reply.text();
    for (const form of formsOf(html, path.split('?')[0]!)) if (!NEVER_POST.includes(form.action)) forms.set(`${form.action}|${form.fields.join(',')}`, form);
    for (const link of linksOf(html)) if (!seen.has(link.replace(/=[^&]*/g, '='))) queue.push(link);
  }
  return { pages: [...seen].map((s) => s), forms: [...forms.values()] };
}

/** One fuzz request; network errors and timeouts give status 0. */
async function send(url: string, init: RequestInit): Promise<number> {
  try {
    const reply = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    await reply.arrayBuffer();
    return reply.status;
  } catch {
    return 0;
  }
}

/** Runs `total` fuzz inputs spread over the crawled pages and forms and the client readers, `workers` at a time. */
export async function fuzzEverything(options: {
  base: string;
  session: StaffSession;
  token: string;
  pages: string[];
  forms: FoundForm[];
  total: number;
  workers: number;
  vacancyBody: (n: number, j: string) => string;
  stop: () => boolean;
}): Promise<{ inputs: number; findings: FuzzFinding[]; targets: Set<string> }> {
  const { base, session, token, pages, forms } = options;
  const findings: FuzzFinding[] = [];
  const targets = new Set<string>();
  let inputs = 0;
  const keys = ['q', 'provincie', 'plaats', 'postcode', 'afstandKm', 'sorteer', 'pagina', 'paginaGrootte', 'schaal', 'vakgebied', 'organisatie', 'terug', 'jaar', 'kwartaal', 'van', 'tot', 'gegevens', 'werkprovincie'];
  const staff = { Cookie: session.cookie, Origin: base };
  const one = async (n: number): Promise<void> => {
    const j = junk(n);
    const kind = n % 10;
    let target: string;
    let status: number;
    if (kind <= 3) {
      // Every crawled page with junk in its query string, or in its last path segment.
      const page = pages[(n >> 2) % pages.length]!.split('?')[0]!;
      target = `GET ${page}`;
      const qs = `${keys[n % keys.length]}=${encodeURIComponent(j)}&${keys[(n * 3) % keys.length]}=${j.replace(/[#&\s]/g, '')}`;
      const path = kind === 3 && page.split('/').length > 2 ? `${page.replace(/[^/]+$/, '')}${encodeURIComponent(j)}` : `${page}?${qs}`;
      status = await send(`${base}${path}`, { headers: n % 2 ? { Cookie: session.cookie } : {} });
    } else if (kind <= 6 && forms.length) {
      // Every form, signed in, with a valid CSRF token and junk in its fields (and a junk file).
      const form = forms[n % forms.length]!;
      target = `POST ${form.action}`;
      if (form.multipart) {
        const body = new FormData();
        body.set('_csrf', session.csrf);
        for (const [i, f] of form.fields.entries()) body.set(f, junk(n + i));
        for (const f of form.fileFields) {
          const file = junkFile(n);
          body.set(f, new Blob([file.body], { type: file.type }), file.name);
        }
        status = await send(`${base}${form.action}`, { method: 'POST', headers: staff, body });
      } else {
        const body = new URLSearchParams({ _csrf: session.csrf });
        for (const [i, f] of form.fields.entries()) body.set(f, junk(n + i));
        status = await send(`${base}${form.action}`, { method: 'POST', headers: { ...staff, 'Content-Type': 'application/x-www-form-urlencoded' }, body });
      }
    } else if (kind === 7) {
      target = 'POST /api/v1/vacatures';
      status = await send(`${base}/api/v1/vacatures`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: n % 3 ? options.vacancyBody(n, j) : j });
    } else {
      target = 'POST /api/v1/sollicitaties/_import';
      const file = junkFile(n);
      status = await send(`${base}/api/v1/sollicitaties/_import?organisatie=duo${n % 4 === 0 ? '&alleenControleren=true' : ''}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': file.type }, body: file.body });
    }
    inputs += 1;
    targets.add(target);
    if (status === 0 || status >= 500) findings.push({ target, status, input: j.slice(0, 120) });
  };
  await Promise.all(Array.from({ length: options.workers }, async (_, w) => {
    for (let n = w; n < options.total; n += options.workers) {
      if (options.stop()) break;
      await one(n);
    }
  }));
  return { inputs, findings, targets };
}
