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
