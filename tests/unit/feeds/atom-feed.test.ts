import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feeds/atom-feed.ts';

const feed = {
  id: 'https://rijkinderegio.nl/vacatures/feed.xml',
  title: 'Vacatures in Groningen',
  selfUrl: 'https://rijkinderegio.nl/vacatures/feed.xml',
  htmlUrl: 'https://rijkinderegio.nl/vacatures?provincie=PV20',
  updated: '2026-03-02T00:00:00Z',
};

describe('atomFeed', () => {
  it('writes the exact feed for one entry', () => {
    const xml = atomFeed({
      ...feed,
      entries: [
        {
          id: 'https://rijkinderegio.nl/vacatures/jurist-1a2b3c4d',
          title: 'Jurist — DJI (Assen)',
          url: 'https://rijkinderegio.nl/vacatures/jurist-1a2b3c4d',
          updated: '2026-03-02T00:00:00Z',
          summary: 'Je werkt aan wetgeving.',
          author: 'DJI',
          categories: ['juridisch', 'PV22'],
        },
      ],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
        '  <id>https://rijkinderegio.nl/vacatures/feed.xml</id>',
        '  <title>Vacatures in Groningen</title>',
        '  <link rel="self" type="application/atom+xml" href="https://rijkinderegio.nl/vacatures/feed.xml"/>',
        '  <link rel="alternate" type="text/html" href="https://rijkinderegio.nl/vacatures?provincie=PV20"/>',
        '  <updated>2026-03-02T00:00:00Z</updated>',
        '  <generator>Rijk in de Regio</generator>',
        '  <entry>',
        '    <id>https://rijkinderegio.nl/vacatures/jurist-1a2b3c4d</id>',
        '    <title>Jurist — DJI (Assen)</title>',
        '    <link rel="alternate" type="text/html" href="https://rijkinderegio.nl/vacatures/jurist-1a2b3c4d"/>',
        '    <updated>2026-03-02T00:00:00Z</updated>',
        '    <author><name>DJI</name></author>',
        '    <category term="juridisch"/>',
        '    <category term="PV22"/>',
        '    <summary type="text">Je werkt aan wetgeving.</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('writes a feed without entries', () => {
    const xml = atomFeed({ ...feed, entries: [] });
    expect(xml).toContain('  <generator>Rijk in de Regio</generator>\n</feed>\n');
    expect(xml).not.toContain('<entry>');
  });

  it('writes no category elements when an entry has none', () => {
    const xml = atomFeed({ ...feed, entries: [{ id: 'i', title: 't', url: 'u', updated: 'x', summary: 's', author: 'a' }] });
    expect(xml).not.toContain('<category');
  });

  it('escapes & < > " and \' in text and attributes', () => {
    const xml = atomFeed({
      ...feed,
      title: 'R&D <vacatures>',
      htmlUrl: 'https://rijkinderegio.nl/vacatures?q=a&provincie="x"',
      entries: [{ id: 'i', title: '"Jurist" & <co>', url: 'https://x.example/?a=1&b=2', updated: 'x', summary: "Tom's </summary><script>", author: 'A & B', categories: ['"><x'] }],
    });
    expect(xml).toContain('  <title>R&amp;D &lt;vacatures&gt;</title>\n');
    expect(xml).toContain('href="https://rijkinderegio.nl/vacatures?q=a&amp;provincie=&quot;x&quot;"/>');
    expect(xml).toContain('    <title>&quot;Jurist&quot; &amp; &lt;co&gt;</title>\n');
    expect(xml).toContain('href="https://x.example/?a=1&amp;b=2"/>');
    expect(xml).toContain('<summary type="text">Tom&apos;s &lt;/summary&gt;&lt;script&gt;</summary>');
    expect(xml).toContain('<author><name>A &amp; B</name></author>');
    expect(xml).toContain('<category term="&quot;&gt;&lt;x"/>');
  });

  it('drops control characters XML cannot hold', () => {
    const xml = atomFeed({ ...feed, entries: [{ id: 'i', title: 'a\u0000b\u0007c', url: 'u', updated: 'x', summary: 's', author: 'a' }] });
    expect(xml).toContain('<title>abc</title>');
  });
});
