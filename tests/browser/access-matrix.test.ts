import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_ROLES } from '../../src/lib/auth/access-rules.ts';
import { demoSite, type DemoSite } from '../support/demo-site.ts';
import { runCli } from '../support/site-server.ts';

// HTTP only (no Chromium needed): the declared access matrix, walked over the shared demo site.
type Role = 'anoniem' | 'hr' | 'analist' | 'beheerder' | 'organisatie-token';

let site: DemoSite;
let token = '';
const cookies: Partial<Record<Role, string>> = {};

async function login(username: string, password: string): Promise<string> {
  const response = await fetch(`${site.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.url },
    body: new URLSearchParams({ gebruikersnaam: username, wachtwoord: password, terug: '/dashboard' }),
  });
  expect(response.status).toBe(303);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

function request(role: Role, method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { Origin: site.url, ...init.headers };
  if (role === 'organisatie-token') headers.Authorization = `Bearer ${token}`;
  else if (role !== 'anoniem') headers.Cookie = cookies[role]!;
  return fetch(`${site.url}${path}`, { method, redirect: 'manual', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
}

beforeAll(async () => {
  site = demoSite();
  // The token CLI runs beside the running server, through its socket.
  const created = runCli(site.dataDir, ['scripts/token.ts', 'create', '--organisatie', 'duo', '--label', 'matrix']);
  token = /rir_[A-Za-z0-9_-]+/.exec(created.stdout)?.[0] ?? '';
  if (!token) throw new Error(`token create failed: ${created.stdout}${created.stderr}`);
  const password = (user: string) => new RegExp(`${user.replace('.', '\\.')}\\s+wachtwoord: (\\S+)`).exec(site.output())?.[1] ?? '';
  cookies.hr = await login('hr.duo@demo.rijkinderegio.example', password('hr.duo@demo.rijkinderegio.example'));
  cookies.analist = await login('analist@demo.rijkinderegio.example', password('analist@demo.rijkinderegio.example'));
  cookies.beheerder = await login('beheerder@demo.rijkinderegio.example', password('beheerder@demo.rijkinderegio.example'));
});

// Expected status per role: 200 = allowed, 303 = sent to the login page, 401/403 = refused.
const MATRIX: { method: string; path: string; expect: Record<Role, number> }[] = [
  { method: 'GET', path: '/', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/vacatures', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/cijfers', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/api/v1/health', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/api/v1/statistieken/instroom?jaar=2026', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/dashboard', expect: { anoniem: 303, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/rijk', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/import', expect: { anoniem: 303, hr: 200, analist: 403, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/export.csv', expect: { anoniem: 303, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/publicatie', expect: { anoniem: 303, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/cijfers/upload', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/cijfers/scenario', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/en/cijfers/scenario', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/en/cijfers/organisaties', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/acties', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/beheer/actieplan', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/beheer/provincieprofielen/groningen', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/beheer/signalen', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/beheer/groningen', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/beheer/pleinen', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/acties/rijksontmoetingspleinen', expect: { anoniem: 200, hr: 200, analist: 200, beheerder: 200, 'organisatie-token': 200 } },
  { method: 'GET', path: '/beheer/signalen/nieuw', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/geheim', expect: { anoniem: 303, hr: 403, analist: 403, beheerder: 403, 'organisatie-token': 403 } },
  { method: 'POST', path: '/api/v1/vacatures', expect: { anoniem: 401, hr: 403, analist: 403, beheerder: 403, 'organisatie-token': 415 } },
  { method: 'DELETE', path: '/api/v1/vacatures', expect: { anoniem: 401, hr: 403, analist: 403, beheerder: 403, 'organisatie-token': 403 } },
  // Another organisation's figures, by any URL: refused for an HR coordinator of DUO.
  { method: 'GET', path: '/dashboard?organisatie=belastingdienst', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard?organisatie=duo&organisatie=belastingdienst', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/export.csv?organisatie=belastingdienst', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
  { method: 'GET', path: '/dashboard/publicatie?organisatie=belastingdienst', expect: { anoniem: 303, hr: 403, analist: 200, beheerder: 200, 'organisatie-token': 403 } },
];

describe('the declared access matrix over HTTP', () => {
  it('covers every role', () => {
    expect([...ACCESS_ROLES].sort()).toEqual(['analist', 'anoniem', 'beheerder', 'hr', 'organisatie-token']);
  });

  for (const route of MATRIX) {
    it(`${route.method} ${route.path}`, async () => {
      const actual: Record<string, number> = {};
      for (const role of ACCESS_ROLES as Role[]) actual[role] = (await request(role, route.method, route.path)).status;
      expect(actual).toEqual(route.expect);
    });
  }

  it('refuses an HR coordinator who imports for another organisation through the API', async () => {
    const page = await (await request('hr', 'GET', '/dashboard/import')).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const response = await request('hr', 'POST', '/api/v1/sollicitaties/_import?organisatie=belastingdienst', { body: 'sollicitant_id;vacature;sollicitatiedatum;fase\n', headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': csrf } });
    expect(response.status).toBe(403);
  });

  it('shows an HR coordinator exactly the figures of their own organisation', async () => {
    // The dashboards show demo data only on the explicit switch, and then only demo data: the applications other
    // files import for duo on the shared site do not change these exports.
    const own = await (await request('hr', 'GET', '/dashboard/export.csv?gegevens=voorbeeld')).text();
    const duo = await (await request('analist', 'GET', '/dashboard/export.csv?organisatie=duo&gegevens=voorbeeld')).text();
    const all = await (await request('analist', 'GET', '/dashboard/export.csv?gegevens=voorbeeld')).text();
    expect(own).toBe(duo);
    expect(own).not.toBe(all);
  });

  it('does not let an organisation token change another organisation’s vacancy', async () => {
    const list = (await (await fetch(`${site.url}/api/v1/vacatures?organisatie=belastingdienst&paginaGrootte=1`)).json()) as { vacatures: { id: string }[] };
    const response = await request('organisatie-token', 'PUT', `/api/v1/vacatures/${list.vacatures[0]!.id}`, { body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(403);
  });
});
