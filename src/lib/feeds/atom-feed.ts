import { escapeXml } from '../maps/escape-xml.ts';

/** One entry of an Atom feed. */
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
  author: string;
  categories?: string[];
}

/** Builds an Atom 1.0 feed (RFC 4287). All text is escaped. */
export function atomFeed(feed: { id: string; title: string; selfUrl: string; htmlUrl: string; updated: string; entries: AtomEntry[] }): string {
  const entries = feed.entries.map((e) => [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    `    <updated>${escapeXml(e.updated)}</updated>`,
    `    <author><name>${escapeXml(e.author)}</name></author>`,
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.htmlUrl)}"/>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    '  <generator>Rijk in de Regio</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
