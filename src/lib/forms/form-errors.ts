import type { z } from 'zod';

/** The first message per form field of a failed zod parse, for showing next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    out[field] ??= issue.message;
  }
  return out;
}

/** A form's string fields as a plain object (files and repeated fields ignored: staff forms are simple). */
export function formFields(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, typeof form.get(name) === 'string' ? String(form.get(name)) : '']));
}
