import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../src/lib/api/openapi-document.ts';
import { SEARCH_PARAM_KEYS } from '../../../src/lib/search/vacancy-search-params.ts';

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, { headers?: Record<string, unknown> } | { $ref: string }>;
}
interface Document {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const PROBLEM = { $ref: '#/components/responses/Problem' };

const doc = openApiDocument('https://rijkinderegio.example') as unknown as Document;
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => method in item).map((method) => ({ name: `${method.toUpperCase()} ${path}`, operation: item[method] as Operation })),
);
const statuses = (operation: Operation, pattern: RegExp) => Object.keys(operation.responses).filter((status) => pattern.test(status));

describe('openApiDocument', () => {
  it('is an OpenAPI 3.x document served from the https base URL with the major version', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.servers).toEqual([{ url: 'https://rijkinderegio.example/api/v1', description: 'Deze omgeving' }]);
  });

  it('starts every path with a slash and ends none with one', () => {
    expect(Object.keys(doc.paths)).toEqual(['/vacatures', '/vacatures/{id}', '/organisaties', '/statistieken/rijkswerkgelegenheid', '/statistieken/rijkswerkgelegenheid/reeks', '/statistieken/instroom', '/sollicitaties/_import', '/health', '/openapi.json']);
    expect(Object.keys(doc.paths).filter((path) => !path.startsWith('/') || path.endsWith('/'))).toEqual([]);
  });

  it('gives every operation a unique operationId', () => {
    expect(operations.map(({ name, operation }) => `${name} ${operation.operationId}`)).toEqual([
      'GET /vacatures zoekVacatures',
      'POST /vacatures publiceerVacature',
      'GET /vacatures/{id} haalVacatureOp',
      'PUT /vacatures/{id} wijzigVacature',
      'GET /organisaties lijstOrganisaties',
      'GET /statistieken/rijkswerkgelegenheid rijkswerkgelegenheid',
      'GET /statistieken/rijkswerkgelegenheid/reeks rijkswerkgelegenheidReeks',
      'GET /statistieken/instroom regionaleInstroom',
      'POST /sollicitaties/_import importeerSollicitaties',
      'GET /health gezondheid',
      'GET /openapi.json openapi',
    ]);
  });

  it('gives every operation that takes input a 400 that is the Problem response', () => {
    const withInput = operations.filter(({ operation }) => operation.requestBody || operation.parameters?.length);
    expect(withInput.map(({ name }) => name)).toEqual(['GET /vacatures', 'POST /vacatures', 'PUT /vacatures/{id}', 'GET /statistieken/rijkswerkgelegenheid', 'GET /statistieken/rijkswerkgelegenheid/reeks', 'GET /statistieken/instroom', 'POST /sollicitaties/_import']);
    for (const { operation } of withInput) expect(operation.responses['400']).toEqual(PROBLEM);
    // GET /vacatures/{id} takes its input from the path-level id parameter.
    expect(doc.paths['/vacatures/{id}']!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect((doc.paths['/vacatures/{id}']!.get as Operation).responses['400']).toEqual(PROBLEM);
  });

  it('answers every 4xx and 5xx with the Problem response', () => {
    const errors = operations.flatMap(({ name, operation }) => statuses(operation, /^[45]\d\d$/).map((status) => ({ at: `${name} ${status}`, response: operation.responses[status] })));
    expect(errors.map(({ at }) => at)).toEqual([
      'GET /vacatures 400',
      'POST /vacatures 400', 'POST /vacatures 401', 'POST /vacatures 413', 'POST /vacatures 415',
      'GET /vacatures/{id} 400', 'GET /vacatures/{id} 404', 'GET /vacatures/{id} 410',
      'PUT /vacatures/{id} 400', 'PUT /vacatures/{id} 401', 'PUT /vacatures/{id} 403', 'PUT /vacatures/{id} 404', 'PUT /vacatures/{id} 413', 'PUT /vacatures/{id} 415',
      'GET /statistieken/rijkswerkgelegenheid 400', 'GET /statistieken/rijkswerkgelegenheid 404', 'GET /statistieken/rijkswerkgelegenheid/reeks 400',
      'GET /statistieken/instroom 400',
      'POST /sollicitaties/_import 400', 'POST /sollicitaties/_import 401', 'POST /sollicitaties/_import 403', 'POST /sollicitaties/_import 415', 'POST /sollicitaties/_import 422',
      'GET /health 503',
    ]);
    for (const { at, response } of errors) expect({ at, response }).toEqual({ at, response: PROBLEM });
  });

  it('has a 4xx Problem response on every operation except the three GETs that take no input and cannot fail on it', () => {
    // Honest documentation: /organisaties, /health and /openapi.json take no parameters and the server
    // never answers them with a 4xx, so no 4xx is documented for them.
    const without4xx = operations.filter(({ operation }) => statuses(operation, /^4\d\d$/).length === 0).map(({ name }) => name);
    expect(without4xx).toEqual(['GET /organisaties', 'GET /health', 'GET /openapi.json']);
  });

  it('sends the API-Version header on every 2xx response', () => {
    const missing = operations.flatMap(({ name, operation }) =>
      statuses(operation, /^2\d\d$/).filter((status) => !(operation.responses[status] as { headers?: Record<string, unknown> }).headers?.['API-Version']).map((status) => `${name} ${status}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents every search query key as a query parameter of GET /vacatures', () => {
    const search = doc.paths['/vacatures']!.get as Operation;
    const queryNames = (search.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    for (const key of SEARCH_PARAM_KEYS) expect(queryNames).toContain(key);
    expect([...queryNames].sort()).toEqual([...SEARCH_PARAM_KEYS].sort());
  });
});
