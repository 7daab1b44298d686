import { VAKGEBIEDEN, type Vakgebied } from '../vacancy-vocabulary.ts';

export type { Vakgebied };

/** All vakgebied codes, in display order (the vocabulary lives in vacancy-vocabulary.ts). */
export const VAKGEBIED_SLUGS: readonly Vakgebied[] = VAKGEBIEDEN.map((v) => v.code);

/** True when the string is one of the known vakgebied codes. */
export function isVakgebied(value: string): value is Vakgebied {
  return (VAKGEBIED_SLUGS as readonly string[]).includes(value);
}
