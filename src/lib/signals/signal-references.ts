import type { SignalInput } from './signal-input.ts';

/**
 * Checks a signal against the reference data the form offers: the COROP region must lie in the
 * chosen province and the organisation must be known. Field → Dutch message; empty when fine.
 */
export function signalReferenceErrors(input: SignalInput, corop: readonly { code: string; provincieCode: string }[], organisationCodes: ReadonlySet<string>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.corop !== null) {
    const region = corop.find((c) => c.code === input.corop);
    if (!region) errors.corop = 'Deze COROP-regio bestaat niet.';
    else if (region.provincieCode !== input.provincie) errors.corop = 'Deze COROP-regio ligt niet in de gekozen provincie.';
  }
  if (input.organisatie !== null && !organisationCodes.has(input.organisatie)) errors.organisatie = 'Deze organisatie is niet bekend.';
  return errors;
}
