import { describe, expect, it } from 'vitest';
import { copyLine, copyValue } from '../../../src/lib/db/bulk-copy.ts';

describe('COPY text format', () => {
  it('writes null as \\N and booleans as t/f', () => {
    expect([copyValue(null), copyValue(undefined), copyValue(true), copyValue(false), copyValue(42)]).toEqual(['\\N', '\\N', 't', 'f', '42']);
  });

  it('escapes backslash, tab, newline and carriage return, so a reference from a file cannot split a row', () => {
    expect(copyValue('EXT\\1\t2\n3\r4')).toEqual('EXT\\\\1\\t2\\n3\\r4');
  });

  it('keeps the literal text "\\N" a text, not a null', () => {
    expect(copyValue('\\N')).toEqual('\\\\N');
  });

  it('joins a row with tabs and ends it with a newline', () => {
    expect(copyLine([1, 'a b', null, false])).toEqual('1\ta b\t\\N\tf\n');
  });
});
