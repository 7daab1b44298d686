import type { z } from 'zod';
import { CSRF_FIELD, verifyCsrf } from '../auth/csrf.ts';
import { fieldErrors, formFields } from './form-errors.ts';

/** The one message for a staff form whose CSRF token does not match the session (the page was open too long). */
export const FORM_EXPIRED = 'Het formulier is verlopen (CSRF-controle). Laad de pagina opnieuw en probeer het nog eens.';

/** What a posted staff form led to: go to `redirect` (303), or show the form again with its errors and `status`. */
export type StaffFormOutcome =
  | { redirect: string }
  | { status: 400 | 403; form: Record<string, string>; errors: Record<string, string> };

/**
 * The flow every staff form page shares: read the posted fields, check the CSRF token, validate with the form's zod
 * schema, check what only the database knows (`check`, optional), then save and redirect (post/redirect/get). The
 * page stays thin: it renders the form with the outcome's values and errors, or follows its redirect.
 */
export async function submitStaffForm<S extends z.ZodType>(options: {
  request: Request;
  session: { csrfToken: string };
  fields: readonly string[];
  schema: S;
  check?: (value: z.output<S>) => Record<string, string>;
  save: (value: z.output<S>) => Promise<string>;
}): Promise<StaffFormOutcome> {
  const data = await options.request.formData();
  const form = formFields(data, options.fields);
  if (!verifyCsrf(options.session, data.get(CSRF_FIELD))) return { status: 403, form, errors: { _: FORM_EXPIRED } };
  const parsed = options.schema.safeParse(form);
  if (!parsed.success) return { status: 400, form, errors: fieldErrors(parsed.error) };
  const errors = options.check?.(parsed.data) ?? {};
  if (Object.keys(errors).length > 0) return { status: 400, form, errors };
  return { redirect: await options.save(parsed.data) };
}
