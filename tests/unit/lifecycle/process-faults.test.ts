import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/lib/lifecycle/process-faults.ts';

group('describing a fault for the log', () => {
  it('keeps the name, message and frames of an ordinary error', () => {
    const line = describe(new TypeError('Cannot read properties of undefined'));
    expect(line).toMatch(/^TypeError: Cannot read properties of undefined\n\s+at /);
  });

  it('drops the message of a database error, which can quote a value from the request', () => {
    const error = Object.assign(new Error('invalid input syntax for type date: "1984-02-30"'), { code: '22007' });
    const line = describe(error);
    expect(line).toContain('Error [22007]');
    expect(line).not.toContain('1984');
  });

  it('says what was rejected when it is not an error', () => {
    expect(describe('nope')).toBe('a non-error value (string)');
  });
});
