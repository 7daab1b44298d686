// Vite-only module (uses ?raw imports): the generalised CBS boundaries, bundled into the server.
import coropRaw from '../../db/geo/coropgebied_2025.geojson?raw';
import provincesRaw from '../../db/geo/provincie_2025.geojson?raw';
import type { FeatureCollection } from '../lib/maps/geojson-types.ts';

/** The 12 provinces (CBS gebiedsindelingen 2025, generalised). */
export const provinceBoundaries = JSON.parse(provincesRaw) as FeatureCollection;
/** The 40 COROP regions (CBS gebiedsindelingen 2025, generalised). */
export const coropBoundaries = JSON.parse(coropRaw) as FeatureCollection;
