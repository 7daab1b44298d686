import { describe, expect, it } from 'vitest';
import { sanitizeDescription } from '../../../src/lib/vacancies/sanitize-description.ts';

describe('sanitizeDescription: what is removed', () => {
  it('drops <script> with its content', () => {
    expect(sanitizeDescription('<p>Hallo<script>alert(1)</script></p>')).toBe('<p>Hallo</p>');
  });

  it('drops <style> with its content and style attributes', () => {
    expect(sanitizeDescription('<style>p{color:red}</style><p style="color:red">rood</p>')).toBe('<p>rood</p>');
  });

  it('drops event handler attributes and the tags that carry them', () => {
    expect(sanitizeDescription('<img src=x onerror="alert(1)"><p onclick="x()">t</p>')).toBe('<p>t</p>');
  });

  it('drops iframes, objects and forms', () => {
    expect(sanitizeDescription('<iframe src="https://x.example"></iframe><object data="x"></object><form><input></form><p>na</p>')).toBe('<p>na</p>');
  });

  it('drops javascript:, data: and protocol-relative links but keeps the text', () => {
    expect(sanitizeDescription('<a href="javascript:alert(1)">klik</a>')).toBe('klik');
    expect(sanitizeDescription('<a href=" JaVaScRiPt:alert(1)">klik</a>')).toBe('klik');
    expect(sanitizeDescription('<a href="data:text/html,x">klik</a>')).toBe('klik');
    expect(sanitizeDescription('<a href="//evil.example/x">klik</a>')).toBe('klik');
  });

  it('unwraps tags outside the allowlist, keeping their text', () => {
    expect(sanitizeDescription('<div><span class="x">tekst</span></div>')).toBe('tekst');
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeDescription('R&D <p>a < b</p>')).toBe('R&amp;D <p>a &lt; b</p>');
  });

  it('trims the result and returns empty for nothing usable', () => {
    expect(sanitizeDescription('  <p>x</p>\n')).toBe('<p>x</p>');
    expect(sanitizeDescription('<script>x</script>')).toBe('');
  });
});

describe('sanitizeDescription: what is kept', () => {
  it('keeps the allowed structure', () => {
    const html = '<p>a<br />b</p><ul><li>een</li></ul><ol><li>twee</li></ol><h3>k</h3><h4>k</h4><strong>s</strong><em>e</em><blockquote>q</blockquote>';
    expect(sanitizeDescription(html)).toBe(html);
  });

  it('turns h1 and h2 into h3, b into strong and i into em', () => {
    expect(sanitizeDescription('<h1>Kop</h1><h2>Sub</h2><b>vet</b><i>schuin</i>')).toBe('<h3>Kop</h3><h3>Sub</h3><strong>vet</strong><em>schuin</em>');
  });

  it('keeps http(s) and mailto links with rel="nofollow noopener" and nothing else', () => {
    expect(sanitizeDescription('<a href="https://werkenvoornederland.nl/x" target="_blank" onclick="y">link</a>')).toBe(
      '<a href="https://werkenvoornederland.nl/x" rel="nofollow noopener">link</a>',
    );
    expect(sanitizeDescription('<a href="http://x.example">x</a>')).toBe('<a href="http://x.example" rel="nofollow noopener">x</a>');
    expect(sanitizeDescription('<a href="mailto:a@b.nl">mail</a>')).toBe('<a href="mailto:a@b.nl" rel="nofollow noopener">mail</a>');
  });

  it('replaces a rel the publisher gave', () => {
    expect(sanitizeDescription('<a href="https://x.example" rel="opener">x</a>')).toBe('<a href="https://x.example" rel="nofollow noopener">x</a>');
  });
});

describe('links without a safe target', () => {
  it('keep their text but lose the link, so no <a> points nowhere', () => {
    expect(sanitizeDescription('<p><a href="javascript:alert(1)">klik</a> en <a>hier</a></p>')).toBe('<p>klik en hier</p>');
    expect(sanitizeDescription('<a href="https://werken.example/v">vacature</a>')).toBe('<a href="https://werken.example/v" rel="nofollow noopener">vacature</a>');
  });
});
