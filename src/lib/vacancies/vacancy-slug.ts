import { createHash } from 'node:crypto';
import { provinceSlug } from '../regions/province-slug.ts';

/**
 * A readable, stable URL slug: the title plus a short hash of organisation and kenmerk, so two
 * vacancies with the same title never collide and the slug survives a later change of title.
 */
export function vacancySlug(titel: string, organisatieCode: string, kenmerk: string): string {
  const words = provinceSlug(titel).slice(0, 70).replace(/-+$/, '');
  const hash = createHash('sha256').update(`${organisatieCode}\u0000${kenmerk}`).digest('hex').slice(0, 8);
  return `${words || 'vacature'}-${hash}`;
}
