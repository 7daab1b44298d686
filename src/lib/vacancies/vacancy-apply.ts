import { z } from 'zod';

// CSV cells arrive as '' when a column is empty; for optional fields that means "not given".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const email = z.email('verwacht een e-mailadres zoals naam@organisatie.nl').max(200, 'hoogstens 200 tekens');
// Only https: an application form over plain http would send applicants' data unencrypted.
const httpsUrl = z
  .string()
  .trim()
  .max(500, 'hoogstens 500 tekens')
  .refine(isHttpsUrl, 'verwacht een https-adres (https://…)')
  .meta({ format: 'uri', pattern: '^https://' });

/** True for an absolute https URL with a dotted host name. */
function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && z.regexes.domain.test(url.hostname);
}
// Dutch and international numbers as people write them: digits, spaces, +, -, ( ).
const phone = z.string().trim().regex(/^\+?[0-9][0-9 ()-]{7,18}[0-9]$/, 'verwacht een telefoonnummer zoals 070 123 4567 of +31 70 123 4567');
const isoDate = z.iso.date('verwacht een datum als JJJJ-MM-DD');

/**
 * How to apply, declared once: spread into the vacancy input schema; the CSV columns, the API JSON
 * ({@link applyJsonOf}), the OpenAPI document and the database columns are derived from it. The
 * contact person is a staff member of the hiring organisation, never applicant data.
 */
export const vacancyApplyShape = {
  sollicitatieUrl: optional(httpsUrl),
  sollicitatieEmail: optional(email),
  contactNaam: z.string('verplicht').trim().min(2, 'minimaal 2 tekens').max(100, 'hoogstens 100 tekens'),
  contactFunctie: z.string('verplicht').trim().min(2, 'minimaal 2 tekens').max(100, 'hoogstens 100 tekens'),
  contactTelefoon: optional(phone),
  contactEmail: optional(email),
  procedureStappen: z.array(z.string().trim().min(3, 'minimaal 3 tekens').max(300, 'hoogstens 300 tekens'), 'verwacht een lijst').max(10, 'hoogstens 10 stappen').default([]),
  gesprekdata: z.array(isoDate, 'verwacht een lijst').max(10, 'hoogstens 10 datums').default([]),
};

/** The parsed apply fields. */
export type VacancyApplyInput = z.output<z.ZodObject<typeof vacancyApplyShape>>;

/** Fields that are lists; in a CSV cell their items are separated by "|". */
export const VACANCY_APPLY_LIST_FIELDS = ['procedureStappen', 'gesprekdata'] as const;

/** The apply fields as CSV columns, in order. */
export const VACANCY_APPLY_CSV_COLUMNS = Object.keys(vacancyApplyShape);

/** Cross-field rules: one way to apply and one way to reach the contact; interviews not before publication. */
export function refineApply(v: VacancyApplyInput & { gepubliceerdOp: string }, ctx: z.RefinementCtx): void {
  if (!v.sollicitatieUrl && !v.sollicitatieEmail) ctx.addIssue({ code: 'custom', path: ['sollicitatieUrl'], message: 'geef een sollicitatieadres (https) of een e-mailadres om te solliciteren' });
  if (!v.contactTelefoon && !v.contactEmail) ctx.addIssue({ code: 'custom', path: ['contactTelefoon'], message: 'geef een telefoonnummer of e-mailadres van de contactpersoon' });
  v.gesprekdata.forEach((d, i) => {
    if (d < v.gepubliceerdOp) ctx.addIssue({ code: 'custom', path: ['gesprekdata', i], message: 'ligt vóór de publicatiedatum' });
  });
}

/** The database columns of the apply fields (nullable: vacancies stored before they existed have none). */
export function applyColumnsOf(v: VacancyApplyInput) {
  return {
    sollicitatie_url: v.sollicitatieUrl ?? null,
    sollicitatie_email: v.sollicitatieEmail ?? null,
    contact_naam: v.contactNaam,
    contact_functie: v.contactFunctie,
    contact_telefoon: v.contactTelefoon ?? null,
    contact_email: v.contactEmail ?? null,
    procedure_stappen: v.procedureStappen,
    gesprekdata: [...v.gesprekdata].sort(),
  };
}

/** The stored apply columns as a record row has them. */
export type VacancyApplyColumns = ReturnType<typeof applyColumnsOf>;

/** The apply part of a vacancy in the open API (`sollicitatie`); null when the vacancy has none stored. */
export function applyJsonOf(v: { [K in keyof VacancyApplyColumns]: VacancyApplyColumns[K] | null }) {
  if (!v.sollicitatie_url && !v.sollicitatie_email) return null;
  return {
    url: v.sollicitatie_url,
    email: v.sollicitatie_email,
    contactpersoon: v.contact_naam ? { naam: v.contact_naam, functie: v.contact_functie, telefoon: v.contact_telefoon, email: v.contact_email } : null,
    procedure: { stappen: v.procedure_stappen ?? [], gesprekdata: v.gesprekdata ?? [] },
  };
}

/** JSON Schema of the API's `sollicitatie` object, derived from the same declaration (for OpenAPI 3.0). */
export function applyJsonSchema(): Record<string, unknown> {
  const input = z.toJSONSchema(z.object(vacancyApplyShape), { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> };
  const p = input.properties;
  const nullableString = (s: Record<string, unknown> | undefined) => ({ ...stripPreprocess(s), nullable: true });
  return {
    type: 'object',
    nullable: true,
    description: 'Hoe je solliciteert: een https-adres of e-mailadres, de contactpersoon voor vragen (een medewerker van de organisatie) en de procedure.',
    properties: {
      url: nullableString(p.sollicitatieUrl),
      email: nullableString(p.sollicitatieEmail),
      contactpersoon: {
        type: 'object',
        nullable: true,
        properties: { naam: stripPreprocess(p.contactNaam), functie: stripPreprocess(p.contactFunctie), telefoon: nullableString(p.contactTelefoon), email: nullableString(p.contactEmail) },
      },
      procedure: { type: 'object', properties: { stappen: stripPreprocess(p.procedureStappen), gesprekdata: stripPreprocess(p.gesprekdata) } },
    },
  };
}

/** The input properties of the apply fields as JSON Schema (for the OpenAPI request body). */
export function applyInputJsonSchemaProperties(): Record<string, Record<string, unknown>> {
  const input = z.toJSONSchema(z.object(vacancyApplyShape), { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> };
  return Object.fromEntries(Object.entries(input.properties).map(([k, s]) => [k, stripPreprocess(s)]));
}

// The preprocess wrapper shows up as an unconstrained schema around the real one; keep the real one.
function stripPreprocess(s: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!s) return {};
  const { default: _default, ...rest } = s;
  const inner = (rest.allOf as Record<string, unknown>[] | undefined)?.[0] ?? (rest.anyOf as Record<string, unknown>[] | undefined)?.find((x) => Object.keys(x).length > 0);
  return inner ? { ...inner } : rest;
}
