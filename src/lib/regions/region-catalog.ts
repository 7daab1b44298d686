import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { distanceKm } from './distance.ts';

/** A municipality with its point (the CBS municipality centre, see db/SOURCES.md). */
export interface CatalogMunicipality {
  code: string;
  naam: string;
  provincieCode: string;
  coropCode: string;
  lat: number;
  lon: number;
}

/** A province as the catalog holds it. */
export interface CatalogProvince {
  code: string;
  naam: string;
  slug: string;
}

/**
 * Regions held in memory for validation and distance work (12 provinces, 40 COROP, 342
 * municipalities: small and immutable between releases of the reference data).
 */
export class RegionCatalog {
  readonly provinces: CatalogProvince[];
  readonly municipalities: CatalogMunicipality[];
  readonly corop: { code: string; naam: string; provincieCode: string }[];
  private readonly byCode = new Map<string, CatalogMunicipality>();
  private readonly byName = new Map<string, CatalogMunicipality>();

  constructor(data: { provinces: CatalogProvince[]; municipalities: CatalogMunicipality[]; corop: { code: string; naam: string; provincieCode: string }[] }) {
    this.provinces = data.provinces;
    this.municipalities = data.municipalities;
    this.corop = data.corop;
    for (const m of data.municipalities) {
      this.byCode.set(m.code, m);
      this.byName.set(normaliseName(m.naam), m);
    }
    // Common names that differ from the CBS spelling.
    const aliases: Record<string, string> = { 'den haag': "'s-gravenhage", 'den bosch': "'s-hertogenbosch", hengelo: 'hengelo (o.)', bergen: 'bergen (nh.)', middelburg: 'middelburg (z.)', rijswijk: 'rijswijk (zh.)' };
    for (const [alias, target] of Object.entries(aliases)) {
      const m = this.byName.get(target);
      if (m && !this.byName.has(alias)) this.byName.set(alias, m);
    }
  }

  /** A province by CBS code (PV20) or slug (groningen). */
  province(codeOrSlug: string): CatalogProvince | undefined {
    const key = codeOrSlug.trim();
    return this.provinces.find((p) => p.code === key.toUpperCase() || p.slug === key.toLowerCase());
  }

  /** A municipality by CBS code (GM0014) or name ("Groningen", "Den Haag"). */
  municipality(codeOrName: string): CatalogMunicipality | undefined {
    const key = codeOrName.trim();
    return this.byCode.get(key.toUpperCase()) ?? this.byName.get(normaliseName(key));
  }

  /** Municipalities whose point lies within `km` of a point, nearest first, with their distance. */
  municipalitiesWithin(point: { lat: number; lon: number }, km: number): { municipality: CatalogMunicipality; km: number }[] {
    return this.municipalities
      .map((municipality) => ({ municipality, km: distanceKm(point, municipality) }))
      .filter((entry) => entry.km <= km)
      .sort((a, b) => a.km - b.km);
  }
}

/** Lower-cases, strips accents and folds whitespace, so "Súdwest-Fryslân" matches "sudwest-fryslan". */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Loads the catalog from the reference tables. */
export async function loadRegionCatalog(db: Kysely<DB>): Promise<RegionCatalog> {
  const [provinces, municipalities, corop] = await Promise.all([
    db.selectFrom('provincie').select(['code', 'naam', 'slug']).orderBy('code').execute(),
    db.selectFrom('gemeente').select(['code', 'naam', 'provincie_code', 'corop_code', 'lat', 'lon']).orderBy('naam').execute(),
    db.selectFrom('corop').select(['code', 'naam', 'provincie_code']).orderBy('code').execute(),
  ]);
  return new RegionCatalog({
    provinces,
    municipalities: municipalities.map((m) => ({ code: m.code, naam: m.naam, provincieCode: m.provincie_code, coropCode: m.corop_code, lat: m.lat, lon: m.lon })),
    corop: corop.map((c) => ({ code: c.code, naam: c.naam, provincieCode: c.provincie_code })),
  });
}
