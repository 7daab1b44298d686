import { z } from 'zod';
import { keysOf, SIGNAAL_BRONNEN, SIGNAAL_SOORTEN, SIGNAAL_STATUSSEN } from './signal-vocabulary.ts';

const optionalEnum = <T extends [string, ...string[]]>(values: T) => z.enum(values).nullable().catch(null);
const optionalYear = z.coerce.number().int().min(2024).max(2100).nullable().catch(null);

/** The filters of the register and outlook, read from GET parameters; a bad value is ignored, never an error. */
export const signalFilterSchema = z.object({
  provincie: z.string().regex(/^PV(2[0-9]|3[01])$/).nullable().catch(null),
  bron: optionalEnum(keysOf(SIGNAAL_BRONNEN)),
  status: optionalEnum(keysOf(SIGNAAL_STATUSSEN)),
  soort: optionalEnum(keysOf(SIGNAAL_SOORTEN)),
  jaarVan: optionalYear,
  jaarTot: optionalYear,
});

/** A parsed filter. */
export type SignalFilter = z.output<typeof signalFilterSchema>;

/** Reads the filter from a URL's search parameters (empty values mean "all"). */
export function signalFilterFromParams(params: URLSearchParams): SignalFilter {
  const value = (name: string) => {
    const v = params.get(name);
    return v === null || v === '' ? null : v;
  };
  return signalFilterSchema.parse({ provincie: value('provincie'), bron: value('bron'), status: value('status'), soort: value('soort'), jaarVan: value('jaarVan'), jaarTot: value('jaarTot') });
}
