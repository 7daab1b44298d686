/** The cell-key method (ONS/ABS/sdcTools design): consistent perturbation for flexible tables. */
export { KEY_BITS, KEY_MODULUS, addKeys, cellKeyFraction, recordKey } from './record-key.ts';
export { MAX_NOISE, NOISE_VARIANCE, PTABLE, noiseFor, perturbCount, possibleTrueCounts, ptableRow, type PtableRow } from './ptable.ts';
export { EMPTY_CELL, addCells, publishCell, publishStages, type KeyedCount } from './cell-release.ts';
export * from './presentation.ts';
export { RELEASE_PROMISE } from './promise.ts';
