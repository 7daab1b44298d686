/** Statistical disclosure control: every published figure goes through this module. */
export { DEFAULT_DISCLOSURE_POLICY, resolvePolicy, type DisclosurePolicy } from './policy.ts';
export {
  ROUNDING_NOTE,
  ROUNDING_NOTE_EN,
  formatNumber,
  type PublishedCell,
  type SuppressionReason,
} from './cell.ts';
export { isPrimary, publishCount, roundToStep } from './round-count.ts';
export { publishRate, type RateOptions } from './rate.ts';
export { suppressTable, type CountTable, type PublishedTable, type SuppressTableOptions } from './suppress-table.ts';
export { suppressList, type CountList, type PublishedList, type SuppressListOptions } from './suppress-list.ts';
export { addSecondarySuppression } from './secondary-suppression.ts';
