import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No container engine exists where these tests run: this checks the deployment files' structure
// (parsed, not executed). `podman compose -f deploy/compose.yaml config` is the real check.
const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

type Service = { image?: string; build?: unknown; read_only?: boolean; tmpfs?: string[]; environment?: Record<string, string>; depends_on?: Record<string, unknown>; healthcheck?: unknown; networks?: unknown };

describe('deploy/compose.yaml', () => {
  const compose = parse(read('deploy/compose.yaml'), { merge: true }) as { services: Record<string, Service>; networks: { internal: { ipam: { config: { subnet: string }[] } } } };

  it('has PostgreSQL, Meilisearch 1.21, two app nodes and a reverse proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app1', 'app2', 'meilisearch', 'postgres', 'proxy']);
    expect(compose.services.meilisearch!.image).toMatch(/meilisearch:v1\.21\.0$/);
    expect(compose.services.proxy!.image).toMatch(/caddy/);
  });

  it('runs the app nodes read-only from one image, on the shared database and search, trusting only the proxy network', () => {
    const subnet = compose.networks.internal.ipam.config[0]!.subnet;
    for (const name of ['app1', 'app2']) {
      const app = compose.services[name]!;
      expect(app.read_only).toBe(true);
      expect(app.tmpfs).toContain('/tmp');
      expect(app.environment).toMatchObject({ NODE_ENV: 'production', MEILI_URL: 'http://meilisearch:7700', TRUSTED_PROXIES: subnet });
      expect(app.environment!.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(app.environment!.APP_SECRET).toMatch(/APP_SECRET:\?/);
      expect(Object.keys(app.depends_on!)).toEqual(['postgres', 'meilisearch']);
    }
    expect(compose.services.app1!.environment).toEqual(compose.services.app2!.environment);
  });

  it('balances the proxy over both nodes with their health endpoint', () => {
    const caddy = read('deploy/Caddyfile');
    expect(caddy).toMatch(/reverse_proxy app1:4321 app2:4321/);
    expect(caddy).toContain('health_uri /api/v1/health');
  });
});

describe('deploy/Containerfile', () => {
  const file = read('deploy/Containerfile');
  it('runs as a non-root user with a health check, without dev or optional dependencies', () => {
    expect(file).toMatch(/^USER node$/m);
    expect(file).toMatch(/^HEALTHCHECK .*\n.*\/api\/v1\/health/m);
    expect(file).toContain('npm prune --omit=dev --omit=optional');
    expect(file).toMatch(/^CMD \["node", "scripts\/start\.ts"\]$/m);
  });
});
