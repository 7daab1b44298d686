import { describe, expect, it } from 'vitest';
import {
  ACCESS_ROLES,
  ACCESS_RULES,
  canSeeOrganisation,
  canonicalSegments,
  checkAccess,
  isAllowed,
  rolesOf,
  ruleFor,
  scopeOrganisations,
  type AccessRole,
} from '../../../src/lib/auth/access-rules.ts';

const ALL: AccessRole[] = ['anoniem', 'hr', 'analist', 'beheerder', 'organisatie-token'];
const STAFF: AccessRole[] = ['hr', 'analist', 'beheerder'];
const NONE: AccessRole[] = [];

/**
 * The expected matrix, written out independently of ACCESS_RULES: one or more concrete requests per
 * declared rule, plus the requests that must fall to a default.
 */
const EXPECTED: [method: string, path: string, allowed: AccessRole[]][] = [
  ['GET', '/', ALL],
  ['HEAD', '/', ALL],
  ['GET', '/vacatures', ALL],
  ['GET', '/vacatures/', ALL],
  ['GET', '/vacatures/feed.xml', ALL],
  ['GET', '/vacatures/beleidsmedewerker-duo-groningen', ALL],
  ['GET', '/vacatures/beleidsmedewerker-duo-groningen/deelafbeelding.png', ALL],
  ['GET', '/vacatures/beleidsmedewerker-duo-groningen/herinnering.ics', ALL],
  ['GET', '/regio', ALL],
  ['GET', '/regio/groningen', ALL],
  ['GET', '/regio/groningen/vacatures.xml', ALL],
  ['GET', '/cijfers', ALL],
  ['GET', '/cijfers/provincies/groningen', ALL],
  ['GET', '/acties', ALL],
  ['GET', '/acties/1c', ALL],
  ['GET', '/toegankelijkheid', ALL],
  ['GET', '/sitemap.xml', ALL],
  ['GET', '/en', ALL],
  ['GET', '/en/vacatures/some-slug', ALL],
  ['GET', '/en/regio/groningen', ALL],
  ['GET', '/login', ALL],
  ['POST', '/login', ALL],
  ['GET', '/logout', ALL],
  ['POST', '/logout', ALL],
  ['GET', '/cijfers/upload', ['analist', 'beheerder']],
  ['POST', '/cijfers/upload', ['analist', 'beheerder']],
  ['GET', '/cijfers/upload/verslag/3', ['analist', 'beheerder']],
  ['GET', '/cijfers/scenario', ['analist', 'beheerder']],
  ['GET', '/en/cijfers/scenario', ['analist', 'beheerder']],
  ['GET', '/en/cijfers/organisaties', ALL],
  ['GET', '/vacaturemail', ALL],
  ['POST', '/vacaturemail', ALL],
  ['GET', '/vacaturemail/bevestigen', ALL],
  ['POST', '/vacaturemail/afmelden', ALL],
  ['GET', '/beheer/actieplan', ['analist', 'beheerder']],
  ['POST', '/beheer/actieplan', ['analist', 'beheerder']],
  ['GET', '/beheer/provincieprofielen/groningen', ['analist', 'beheerder']],
  ['POST', '/beheer/provincieprofielen/groningen', ['analist', 'beheerder']],
  ['GET', '/beheer/signalen/nieuw', ['analist', 'beheerder']],
  ['POST', '/beheer/signalen/3', ['analist', 'beheerder']],
  ['GET', '/beheer/pleinen/4', ['analist', 'beheerder']],
  ['POST', '/beheer/pleinen', ['analist', 'beheerder']],
  ['GET', '/beheer/groningen', ['analist', 'beheerder']],
  ['POST', '/beheer/groningen', ['analist', 'beheerder']],
  ['GET', '/beheer/huisvesting', ['analist', 'beheerder']],
  ['POST', '/beheer/huisvesting/nieuw', ['analist', 'beheerder']],
  ['GET', '/beheer/huisvesting/3', ['analist', 'beheerder']],
  ['GET', '/dashboard', STAFF],
  ['POST', '/dashboard', STAFF],
  // A rule without a method covers every method.
  ['DELETE', '/dashboard', STAFF],
  ['GET', '/dashboard/rijk', ['analist', 'beheerder']],
  ['GET', '/dashboard/rijk/provincies', ['analist', 'beheerder']],
  ['POST', '/dashboard/rijk', ['analist', 'beheerder']],
  ['GET', '/dashboard/export.csv', STAFF],
  ['POST', '/dashboard/export.csv', []],
  ['GET', '/dashboard/publicatie', STAFF],
  ['POST', '/dashboard/publicatie', []],
  ['GET', '/dashboard/import', ['hr', 'beheerder']],
  ['POST', '/dashboard/import', ['hr', 'beheerder']],
  ['GET', '/dashboard/import/42', ['hr', 'beheerder']],
  ['GET', '/api/v1/health', ALL],
  ['GET', '/api/v1/organisaties', ALL],
  ['GET', '/api/v1/openapi.json', ALL],
  ['GET', '/api/v1/vacatures', ALL],
  ['GET', '/api/v1/vacatures/0b6f4a1e-2f0c-4a55-9c1e-1b2a3c4d5e6f', ALL],
  ['GET', '/api/v1/statistieken', ALL],
  ['GET', '/api/v1/statistieken/instroom/2025', ALL],
  ['POST', '/api/v1/vacatures', ['organisatie-token']],
  ['PUT', '/api/v1/vacatures/0b6f4a1e-2f0c-4a55-9c1e-1b2a3c4d5e6f', ['organisatie-token']],
  ['POST', '/api/v1/sollicitaties/_import', ['organisatie-token', 'hr', 'beheerder']],

  // Defaults: unknown paths under /dashboard and /api/v1 are closed for every method…
  ['GET', '/dashboard/gebruikers', NONE],
  ['POST', '/dashboard/gebruikers', NONE],
  ['GET', '/api/v1/sollicitaties', NONE],
  ['GET', '/api/v1/sollicitaties/_import', NONE],
  ['POST', '/api/v1/onbekend', NONE],
  ['DELETE', '/api/v1/vacatures/0b6f4a1e-2f0c-4a55-9c1e-1b2a3c4d5e6f', NONE],
  ['PATCH', '/api/v1/vacatures/0b6f4a1e-2f0c-4a55-9c1e-1b2a3c4d5e6f', NONE],
  ['PUT', '/api/v1/vacatures', NONE],
  ['POST', '/api/v1/statistieken/instroom', NONE],
  // …writes to public pages are refused…
  ['POST', '/vacatures', NONE],
  ['POST', '/', NONE],
  ['PUT', '/regio/groningen', NONE],
  ['POST', '/en/vacatures', NONE],
  ['POST', '/iets-nieuws', NONE],
  ['PROPFIND', '/', NONE],
  // …and unknown reads elsewhere (static files, the 404 page) stay public.
  ['GET', '/favicon.svg', ALL],
  ['GET', '/_astro/site.Bx1.css', ALL],
  ['GET', '/bestaat-niet', ALL],
];

describe('the access matrix', () => {
  for (const [method, path, allowed] of EXPECTED) {
    it(`${method} ${path}: ${allowed.length === ALL.length ? 'everyone' : allowed.join(', ') || 'nobody'}`, () => {
      const actual = ACCESS_ROLES.filter((role) => isAllowed(method, path, role));
      expect(actual.sort()).toEqual([...allowed].sort());
    });
  }

  it('has an example above for every declared rule and every method it names', () => {
    const uncovered = ACCESS_RULES.filter((rule) => {
      const methods = rule.method === undefined ? ['GET', 'POST'] : typeof rule.method === 'string' ? [rule.method] : rule.method;
      return !methods.every((m) => EXPECTED.some(([method, path]) => (method === m || (method === 'HEAD' && m === 'GET')) && ruleFor(method, path).rule === rule));
    });
    expect(uncovered.map((r) => `${String(r.method ?? '*')} ${r.pattern}`)).toEqual([]);
  });

  it('declares no pattern twice for the same method', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const rule of ACCESS_RULES) {
      const methods = rule.method === undefined ? ['*'] : typeof rule.method === 'string' ? [rule.method] : rule.method;
      for (const m of methods) {
        const key = `${m} ${rule.pattern.replace(/:[^/]+/g, ':')}`;
        if (seen.has(key)) duplicates.push(key);
        seen.add(key);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('lets the more specific pattern win regardless of declaration order', () => {
    expect(ruleFor('GET', '/cijfers/upload').rule?.pattern).toBe('/cijfers/upload/*');
    expect(ruleFor('GET', '/cijfers/kaart').rule?.pattern).toBe('/cijfers/*');
    expect(ruleFor('GET', '/vacatures/feed.xml').rule?.pattern).toBe('/vacatures/feed.xml');
    expect(ruleFor('GET', '/dashboard').rule?.pattern).toBe('/dashboard');
  });

  it('reports where a decision came from', () => {
    expect(ruleFor('POST', '/dashboard/onbekend')).toEqual({ rule: null, allow: [], source: 'default-deny' });
    expect(ruleFor('GET', '/robots.txt')).toEqual({ rule: null, allow: 'public', source: 'default-public' });
    expect(ruleFor('get', '/').source).toBe('rule');
  });
});

describe('path spellings cannot slip past a rule', () => {
  it.each([
    ['/DASHBOARD/RIJK'],
    ['/Dashboard/Rijk/'],
    ['//dashboard//rijk'],
    ['/dashboard/%72ijk'],
    ['/%64ashboard/rijk'],
  ])('%s is treated as /dashboard/rijk', (path) => {
    expect(ruleFor('GET', path).rule?.pattern).toBe('/dashboard/rijk/*');
    expect(isAllowed('GET', path, 'hr')).toBe(false);
    expect(isAllowed('GET', path, 'analist')).toBe(true);
  });

  it.each([
    ['/dashboard%2Frijk'],
    ['/dashboard/import/..%2Frijk'],
    ['/dashboard/import/%2e%2e/rijk'],
    ['/vacatures/%2E'],
    ['/dashboard%5Crijk'],
    ['/vacatures/%zz'],
    ['/vacatures/a%00b'],
  ])('%s is refused to everyone', (path) => {
    expect(canonicalSegments(path)).toBeNull();
    for (const role of ACCESS_ROLES) expect(isAllowed('GET', path, role)).toBe(false);
  });

  it('decodes ordinary escapes in a slug', () => {
    expect(canonicalSegments('/vacatures/caf%C3%A9-medewerker')).toEqual(['vacatures', 'café-medewerker']);
    expect(isAllowed('GET', '/vacatures/caf%C3%A9-medewerker', 'anoniem')).toBe(true);
  });
});

describe('checkAccess and rolesOf', () => {
  it('asks anonymous callers to authenticate and refuses known callers', () => {
    expect(checkAccess('GET', '/dashboard', 'anoniem')).toBe('unauthenticated');
    expect(checkAccess('GET', '/dashboard/rijk', 'hr')).toBe('forbidden');
    expect(checkAccess('GET', '/dashboard', 'organisatie-token')).toBe('forbidden');
    expect(checkAccess('GET', '/dashboard', ['hr'])).toBe('allowed');
  });

  it('combines a session and a token: either role may grant access', () => {
    expect(rolesOf(null, null)).toEqual(['anoniem']);
    expect(rolesOf({ rol: 'hr' }, null)).toEqual(['hr']);
    expect(rolesOf(null, 'duo')).toEqual(['organisatie-token']);
    expect(rolesOf({ rol: 'hr' }, 'duo')).toEqual(['hr', 'organisatie-token']);
    expect(isAllowed('POST', '/api/v1/vacatures', rolesOf({ rol: 'hr' }, 'duo'))).toBe(true);
    expect(isAllowed('POST', '/api/v1/vacatures', rolesOf({ rol: 'beheerder' }, null))).toBe(false);
  });
});

describe('organisation scope', () => {
  const hr = { rol: 'hr' as const, organisaties: ['duo', 'rvo'] };
  const analist = { rol: 'analist' as const, organisaties: [] };
  const beheerder = { rol: 'beheerder' as const, organisaties: [] };

  it('lets HR see only their own organisations', () => {
    expect(canSeeOrganisation(hr, 'duo')).toBe(true);
    expect(canSeeOrganisation(hr, 'rvo')).toBe(true);
    expect(canSeeOrganisation(hr, 'belastingdienst')).toBe(false);
    expect(canSeeOrganisation({ rol: 'hr', organisaties: [] }, 'duo')).toBe(false);
  });

  it('lets analysts and administrators see every organisation', () => {
    expect(canSeeOrganisation(analist, 'belastingdienst')).toBe(true);
    expect(canSeeOrganisation(beheerder, 'duo')).toBe(true);
  });

  it('narrows an HR request to their own organisations, never widens it', () => {
    expect(scopeOrganisations(hr)).toEqual({ kind: 'only', codes: ['duo', 'rvo'] });
    expect(scopeOrganisations(hr, ['rvo', 'belastingdienst'])).toEqual({ kind: 'only', codes: ['rvo'] });
    expect(scopeOrganisations(hr, ['belastingdienst'])).toEqual({ kind: 'only', codes: [] });
    expect(scopeOrganisations(hr, [])).toEqual({ kind: 'only', codes: [] });
    expect(scopeOrganisations({ rol: 'hr', organisaties: [] })).toEqual({ kind: 'only', codes: [] });
  });

  it('gives analysts everything, or exactly what they ask for', () => {
    expect(scopeOrganisations(analist)).toEqual({ kind: 'all' });
    expect(scopeOrganisations(beheerder, ['rvo', 'duo', 'duo'])).toEqual({ kind: 'only', codes: ['duo', 'rvo'] });
  });
});
