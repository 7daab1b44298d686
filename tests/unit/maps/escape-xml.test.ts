import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/maps/escape-xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('escapes an existing entity again rather than trusting it', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves Dutch letters, dashes and non-breaking spaces alone', () => {
    expect(escapeXml('Fryslân – 1.234\u00a0vacatures')).toBe('Fryslân – 1.234\u00a0vacatures');
  });

  it('drops control characters XML 1.0 does not allow but keeps tab and newlines', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne\rf\u001f')).toBe('abc\td\ne\rf');
  });

  it('returns an empty string unchanged', () => {
    expect(escapeXml('')).toBe('');
  });
});
