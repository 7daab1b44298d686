import type { z } from 'zod';

/** The API version, sent as the API-Version header on every API response (NL API Design Rules). */
export const API_VERSION = '1.0.0';

/** An RFC 9457 problem document. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Field-level problems, e.g. for invalid query parameters. */
  invalidParams?: { name: string; reason: string }[];
}

/** Builds an application/problem+json response. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: problem.type ?? 'about:blank', ...problem }), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', 'API-Version': API_VERSION, 'Cache-Control': 'no-store', ...headers },
  });
}

/** Builds a JSON response with the API headers. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'API-Version': API_VERSION, ...init.headers },
  });
}

/**
 * Parses a query string with a strict zod object: the data, or a 400 problem that names every wrong or unknown
 * parameter (one shape for every API endpoint with query parameters).
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (parsed.success) return { ok: true, data: parsed.data };
  const invalidParams = parsed.error.issues.map((i) => ({
    name: String(i.path[0] ?? (i.code === 'unrecognized_keys' ? i.keys.join(',') : 'parameter')),
    reason: i.code === 'unrecognized_keys' ? 'onbekende parameter' : i.message,
  }));
  return { ok: false, response: problemResponse({ title: 'Ongeldige parameters', status: 400, detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; '), invalidParams }) };
}
