import Negotiator from 'negotiator';

/** The encodings the server sends, best first. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

const OFFERED: ContentEncoding[] = ['br', 'gzip', 'identity'];

/** negotiator 1.x takes a server preference for ties (its types predate the option). */
type EncodingsWithPreference = (available: string[], options: { preferred: string[] }) => string[];

/**
 * Picks the best encoding an Accept-Encoding header allows: the client's q-values first, and among
 * equals Brotli before gzip (browsers list gzip first but all of them read Brotli).
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? '' } });
  const encodings = (negotiator.encodings as unknown as EncodingsWithPreference).call(negotiator, OFFERED, { preferred: OFFERED });
  const chosen = encodings[0];
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}
