import { z } from 'zod';
import { parseTrustedProxies } from '../http/client-address.ts';

/** Comma-separated list of CBS province codes, e.g. "PV26,PV27,PV28". */
const provinceCodeList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^PV(2\d|3[01])$/, 'verwacht CBS-provinciecodes zoals PV27')).min(1));

/** The environment variables the application reads, with their defaults. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  MEILI_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_-]*$/, 'only a-z, 0-9, _ and -').default(''),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters (use: openssl rand -hex 32)').optional(),
  // Earlier values of APP_SECRET, comma-separated, newest first: applicant pseudonyms stay keyed by the oldest.
  APP_SECRET_PREVIOUS: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(32, 'each value must be at least 32 characters')))
    .optional(),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  RANDSTAD_PROVINCES: provinceCodeList.default(['PV26', 'PV27', 'PV28']),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(28),
  RETENTION_DAYS_WITH_CONSENT: z.coerce.number().int().min(1).max(3650).default(365),
  /** SMTP server for vacancy alerts (smtp:// or smtps://); without it mail is written to DATA_DIR/mail as .eml. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** Sender of vacancy alerts, e.g. "Rijk in de Regio <vacaturemail@example.nl>"; default noreply@ the PUBLIC_BASE_URL host. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs or CIDR ranges); empty: none. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine((value) => { try { parseTrustedProxies(value); return true; } catch { return false; } }, 'must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,192.0.2.7'),
  /**
   * Seconds a public page (same for everyone, see src/lib/http/public-page-cache.ts) is kept in each
   * server process's memory and may be kept by browsers and proxies; 0 switches both off.
   */
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /** Server processes (node:cluster workers) behind one port; more than 1 needs DATABASE_URL (PGlite has one owner). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** A read-only PostgreSQL replica for public read traffic (optional; DATABASE_URL stays the primary). */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
});

/** The raw, validated environment. */
export type EnvConfig = z.infer<typeof configSchema>;
