import type { StaffRole } from '../db/schema-accounts.ts';

/** Who is asking: nobody, a logged-in staff member by role, or a system holding an organisation API token. */
export type AccessRole = 'anoniem' | StaffRole | 'organisatie-token';

/** Every access role, for exhaustive tests and admin screens. */
export const ACCESS_ROLES: readonly AccessRole[] = ['anoniem', 'hr', 'analist', 'beheerder', 'organisatie-token'];

/** HTTP methods the rules can name. HEAD is checked as GET. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/**
 * One line of the access matrix. Patterns are paths with `:name` for exactly one segment and a
 * trailing `*` for zero or more segments (`/cijfers/*` covers `/cijfers` itself). Without
 * `method` the rule covers every method. `allow: 'public'` means everyone, including anonymous.
 */
export interface AccessRule {
  pattern: string;
  method?: HttpMethod | readonly HttpMethod[];
  allow: 'public' | readonly AccessRole[];
}

const STAFF: readonly AccessRole[] = ['hr', 'analist', 'beheerder'];

/**
 * THE access matrix. The most specific matching pattern wins (literal segment > `:param` > `*`,
 * then a rule naming the method over one that does not), so declaration order does not matter.
 * Anything not matched falls to the defaults in ruleFor(): denied under /dashboard and /api/v1
 * and for every write method, public for other reads (static files, 404 pages).
 */
export const ACCESS_RULES: readonly AccessRule[] = [
  // Public site
  { pattern: '/', method: 'GET', allow: 'public' },
  { pattern: '/vacatures', method: 'GET', allow: 'public' },
  { pattern: '/vacatures/feed.xml', method: 'GET', allow: 'public' },
  { pattern: '/vacatures/:slug', method: 'GET', allow: 'public' },
  { pattern: '/vacatures/:slug/deelafbeelding.png', method: 'GET', allow: 'public' },
  { pattern: '/vacatures/:slug/herinnering.ics', method: 'GET', allow: 'public' },
  { pattern: '/regio', method: 'GET', allow: 'public' },
  { pattern: '/regio/:provincie', method: 'GET', allow: 'public' },
  { pattern: '/regio/:provincie/vacatures.xml', method: 'GET', allow: 'public' },
  { pattern: '/cijfers/*', method: 'GET', allow: 'public' },
  { pattern: '/acties/*', method: 'GET', allow: 'public' },
  { pattern: '/toegankelijkheid', method: 'GET', allow: 'public' },
  // Vacancy alerts: anyone may subscribe; confirm, manage and unsubscribe need the signed token in the link.
  { pattern: '/vacaturemail', method: ['GET', 'POST'], allow: 'public' },
  { pattern: '/vacaturemail/:stap', method: ['GET', 'POST'], allow: 'public' },
  { pattern: '/sitemap.xml', method: 'GET', allow: 'public' },
  { pattern: '/en/*', method: 'GET', allow: 'public' },
  // Logging in and out must work without a session; the handlers check CSRF themselves.
  { pattern: '/login', method: ['GET', 'POST'], allow: 'public' },
  { pattern: '/logout', method: ['GET', 'POST'], allow: 'public' },

  // Publishing figures (the upload form and its post)
  { pattern: '/cijfers/upload/*', allow: ['analist', 'beheerder'] },
  // What-if scenarios on the inventory (read-only, but for BZK analysts)
  { pattern: '/cijfers/scenario', method: 'GET', allow: ['analist', 'beheerder'] },
  { pattern: '/en/cijfers/scenario', method: 'GET', allow: ['analist', 'beheerder'] },

  // Keeping the action plan (measure status, province profiles, signals): analysts and admins
  { pattern: '/beheer/actieplan/*', allow: ['analist', 'beheerder'] },
  { pattern: '/beheer/provincieprofielen/*', allow: ['analist', 'beheerder'] },
  { pattern: '/beheer/signalen/*', allow: ['analist', 'beheerder'] },
  { pattern: '/beheer/pleinen/*', allow: ['analist', 'beheerder'] },
  { pattern: '/beheer/groningen/*', allow: ['analist', 'beheerder'] },
  { pattern: '/beheer/huisvesting/*', allow: ['analist', 'beheerder'] },

  // Staff dashboard; HR coordinators are further limited to their organisations (canSeeOrganisation)
  { pattern: '/dashboard', allow: STAFF },
  { pattern: '/dashboard/export.csv', method: 'GET', allow: STAFF },
  { pattern: '/dashboard/publicatie', method: 'GET', allow: STAFF },
  { pattern: '/dashboard/rijk/*', allow: ['analist', 'beheerder'] },
  { pattern: '/dashboard/import/*', allow: ['hr', 'beheerder'] },

  // Public API
  { pattern: '/api/v1/health', method: 'GET', allow: 'public' },
  { pattern: '/api/v1/organisaties', method: 'GET', allow: 'public' },
  { pattern: '/api/v1/openapi.json', method: 'GET', allow: 'public' },
  { pattern: '/api/v1/vacatures', method: 'GET', allow: 'public' },
  { pattern: '/api/v1/vacatures/:id', method: 'GET', allow: 'public' },
  { pattern: '/api/v1/statistieken/*', method: 'GET', allow: 'public' },
  // Writing API: organisations publish with their token; applications can also be uploaded by staff
  { pattern: '/api/v1/vacatures', method: 'POST', allow: ['organisatie-token'] },
  { pattern: '/api/v1/vacatures/:id', method: 'PUT', allow: ['organisatie-token'] },
  { pattern: '/api/v1/sollicitaties/_import', method: 'POST', allow: ['organisatie-token', 'hr', 'beheerder'] },
];

/** The rule that decides a request, and where it came from. */
export interface ResolvedAccess {
  /** The matching declared rule, or null when a default decided. */
  rule: AccessRule | null;
  allow: 'public' | readonly AccessRole[];
  source: 'rule' | 'default-deny' | 'default-public';
}

const PROTECTED_PREFIXES = [['dashboard'], ['api', 'v1']];

type Segment = { kind: 'literal'; text: string } | { kind: 'param' } | { kind: 'rest' };
interface CompiledRule {
  rule: AccessRule;
  segments: Segment[];
  methods: Set<string> | null;
}

function compile(rule: AccessRule): CompiledRule {
  if (!rule.pattern.startsWith('/') || rule.pattern !== rule.pattern.toLowerCase()) throw new Error(`access rule pattern must be lower-case and start with /: ${rule.pattern}`);
  const parts = rule.pattern.split('/').filter(Boolean);
  const segments = parts.map((part, index): Segment => {
    if (part === '*') {
      if (index !== parts.length - 1) throw new Error(`* may only end an access rule pattern: ${rule.pattern}`);
      return { kind: 'rest' };
    }
    if (part.startsWith(':')) return { kind: 'param' };
    if (part.includes('*') || part === '.' || part === '..') throw new Error(`invalid segment "${part}" in access rule pattern ${rule.pattern}`);
    return { kind: 'literal', text: part };
  });
  const methods = rule.method === undefined ? null : new Set(typeof rule.method === 'string' ? [rule.method] : rule.method);
  return { rule, segments, methods };
}

const COMPILED = ACCESS_RULES.map(compile);

/**
 * The path as segments, the way the router reads it: each segment percent-decoded and lower-cased,
 * empty segments (`//`, trailing `/`) dropped. Null — and so denied — for anything a browser never
 * sends but a crafted request might use to make the router and this check disagree: undecodable
 * escapes, encoded slashes or backslashes, NUL, and `.`/`..` segments (browsers resolve those).
 */
export function canonicalSegments(pathname: string): string[] | null {
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (part === '.' || part === '..' || /[/\\\0]/.test(part)) return null;
    out.push(part.toLowerCase());
  }
  return out;
}

function matches(segments: readonly Segment[], path: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'rest') return true;
    const part = path[i];
    if (part === undefined) return false;
    if (segment.kind === 'literal' && segment.text !== part) return false;
  }
  return path.length === segments.length;
}

/** Positive when `a` is more specific than `b`. */
function compareSpecificity(a: CompiledRule, b: CompiledRule): number {
  const score = (s: Segment | undefined) => (s === undefined ? 0 : s.kind === 'literal' ? 3 : s.kind === 'param' ? 2 : 1);
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const sa = a.segments[i];
    const sb = b.segments[i];
    // Where one pattern ended and the other continues with `*`, the ended one is the exact match.
    if (sa === undefined && sb?.kind === 'rest') return 1;
    if (sb === undefined && sa?.kind === 'rest') return -1;
    const diff = score(sa) - score(sb);
    if (diff !== 0) return diff;
  }
  return (a.methods ? 1 : 0) - (b.methods ? 1 : 0);
}

/**
 * The rule for a request. Unknown paths under /dashboard and /api/v1 are denied for every method,
 * so a new page or endpoint is closed until it is declared here; other unknown writes are denied;
 * other unknown reads (static files, the 404 page) are public.
 */
export function ruleFor(method: string, pathname: string): ResolvedAccess {
  const upper = method.toUpperCase();
  const verb = upper === 'HEAD' ? 'GET' : upper;
  const path = canonicalSegments(pathname);
  if (!path) return { rule: null, allow: [], source: 'default-deny' };
  let best: CompiledRule | undefined;
  for (const compiled of COMPILED) {
    if (compiled.methods && !compiled.methods.has(verb)) continue;
    if (!matches(compiled.segments, path)) continue;
    if (!best || compareSpecificity(compiled, best) > 0) best = compiled;
  }
  if (best) return { rule: best.rule, allow: best.rule.allow, source: 'rule' };
  const underProtected = PROTECTED_PREFIXES.some((prefix) => prefix.every((part, i) => path[i] === part));
  const safeMethod = verb === 'GET' || verb === 'OPTIONS';
  if (underProtected || !safeMethod) return { rule: null, allow: [], source: 'default-deny' };
  return { rule: null, allow: 'public', source: 'default-public' };
}

/** Whether any of the caller's roles may make this request. */
export function isAllowed(method: string, pathname: string, roles: AccessRole | readonly AccessRole[]): boolean {
  const { allow } = ruleFor(method, pathname);
  if (allow === 'public') return true;
  const held: readonly AccessRole[] = typeof roles === 'string' ? [roles] : roles;
  return held.some((role) => allow.includes(role));
}

/**
 * The middleware's answer: allowed; 'unauthenticated' when an anonymous caller is refused (log in,
 * or 401); 'forbidden' when a known caller lacks the role (403).
 */
export function checkAccess(method: string, pathname: string, roles: AccessRole | readonly AccessRole[]): 'allowed' | 'unauthenticated' | 'forbidden' {
  if (isAllowed(method, pathname, roles)) return 'allowed';
  const held: readonly AccessRole[] = typeof roles === 'string' ? [roles] : roles;
  return held.every((role) => role === 'anoniem') ? 'unauthenticated' : 'forbidden';
}

/** The roles of a request: the session user's role and/or the organisation token; 'anoniem' when neither. */
export function rolesOf(user: { rol: StaffRole } | null | undefined, tokenOrganisation: string | null | undefined): AccessRole[] {
  const roles: AccessRole[] = [];
  if (user) roles.push(user.rol);
  if (tokenOrganisation) roles.push('organisatie-token');
  return roles.length ? roles : ['anoniem'];
}

/** Whether a staff member may see data of an organisation: HR only their own, analysts and administrators all. */
export function canSeeOrganisation(user: { rol: StaffRole; organisaties: readonly string[] }, organisatieCode: string): boolean {
  if (user.rol === 'analist' || user.rol === 'beheerder') return true;
  return user.rol === 'hr' && user.organisaties.includes(organisatieCode);
}

/** Which organisations a query may cover: all of them, or only these codes (possibly none). */
export type OrganisationScope = { kind: 'all' } | { kind: 'only'; codes: string[] };

/**
 * The organisations a staff member's query covers: what they asked for (or everything), narrowed
 * to what they may see. An HR coordinator asking for another organisation gets an empty scope,
 * never a wider one.
 */
export function scopeOrganisations(user: { rol: StaffRole; organisaties: readonly string[] }, requested?: readonly string[]): OrganisationScope {
  const asked = requested === undefined ? undefined : [...new Set(requested)].sort();
  if (user.rol === 'analist' || user.rol === 'beheerder') return asked === undefined ? { kind: 'all' } : { kind: 'only', codes: asked };
  if (user.rol !== 'hr') return { kind: 'only', codes: [] };
  const own = [...new Set(user.organisaties)].sort();
  return { kind: 'only', codes: asked === undefined ? own : asked.filter((code) => own.includes(code)) };
}
