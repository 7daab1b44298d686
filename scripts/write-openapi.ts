import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openApiDocument } from '../src/lib/api/openapi-document.ts';
import { logger, runMain } from './cli-support.ts';

// A fixed https base URL rather than the configured one: the output is a build artefact for the
// ADR linter (npm run lint:api), which requires https servers, and must not depend on local config.
const LINT_BASE_URL = 'https://rijkinderegio.example';
const DEFAULT_OUTPUT = 'dist/openapi.json';

/** node scripts/write-openapi.ts [path] — writes the OpenAPI document (default dist/openapi.json). */
runMain(async () => {
  const output = resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, `${JSON.stringify(openApiDocument(LINT_BASE_URL), null, 2)}\n`, 'utf8');
  logger('write-openapi')(`wrote ${output}`);
});
