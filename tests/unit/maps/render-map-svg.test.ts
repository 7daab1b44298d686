import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/lib/maps/choropleth.ts';
import { parseRegionCollection } from '../../../src/lib/maps/parse-region-collection.ts';
import { buildRegionShapes } from '../../../src/lib/maps/region-shapes.ts';
import type { RegionShape } from '../../../src/lib/maps/region-shapes.ts';
import { LABELS_MIN_WIDTH, MAP_STYLE, renderChoroplethSvg } from '../../../src/lib/maps/render-map-svg.ts';

const shapes: RegionShape[] = [
  { code: 'PV26', name: 'Utrecht', d: 'M0,0L0,10L10,10Z', labelPoint: [3, 7] },
  { code: 'PV27', name: 'Noord & Zuid', d: 'M10,0L20,0L20,10Z', labelPoint: [17, 3] },
];
const formatValue = (value: number): string => `${value} vacatures`;

describe('renderChoroplethSvg', () => {
  it('renders regions as keyboard-reachable links named by title, with escaped text', () => {
    const svg = renderChoroplethSvg({
      shapes,
      viewBox: '0 0 20 10',
      values: new Map([
        ['PV26', 5],
        ['PV27', 9],
      ]),
      title: 'Vacatures <2025>',
      description: 'Per provincie & jaar',
      linkFor: (code) => `/provincie/${code}?a=1&b=2`,
      formatValue,
      idPrefix: 'kaart',
    });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="rir-map" viewBox="0 0 20 10" role="group" aria-labelledby="kaart-title" aria-describedby="kaart-desc" font-family="\'Fira Sans\', Arial, sans-serif">' +
        '<title id="kaart-title">Vacatures &lt;2025&gt;</title>' +
        '<desc id="kaart-desc">Per provincie &amp; jaar</desc>' +
        '<g class="rir-map__regions">' +
        '<a class="rir-map__link" href="/provincie/PV26?a=1&amp;b=2"><title>Utrecht: 5 vacatures</title><path class="rir-map__region" d="M0,0L0,10L10,10Z" fill="#5897cf" fill-rule="evenodd" data-code="PV26"/></a>' +
        '<a class="rir-map__link" href="/provincie/PV27?a=1&amp;b=2"><title>Noord &amp; Zuid: 9 vacatures</title><path class="rir-map__region" d="M10,0L20,0L20,10Z" fill="#04142e" fill-rule="evenodd" data-code="PV27"/></a>' +
        '</g></svg>',
    );
  });

  it('styles a visible focus and hover state for the links in the site stylesheet, never inline (CSP)', () => {
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'T', description: 'D', linkFor: (c) => c });
    expect(svg).not.toContain('<style');
    const stylesheet = readFileSync(new URL('../../../src/styles/site.css', import.meta.url), 'utf8').replace(/\s+/g, '');
    expect(MAP_STYLE).toContain('.rir-map__link:focus .rir-map__region{fill:#ffb612;stroke:#000000;stroke-width:3px}');
    expect(MAP_STYLE).toContain('@media (forced-colors:active)');
    expect(stylesheet).toContain(MAP_STYLE.replace(/\s+/g, ''));
  });

  it('is a single image with tooltips when regions are not links', () => {
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', values: new Map([['PV26', 1]]), title: 'T', description: 'D', formatValue });
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('<a ');
    expect(svg).toContain('<g><title>Utrecht: 1 vacatures</title><path class="rir-map__region" d="M0,0L0,10L10,10Z" fill="#1b5496"');
  });

  it('hatches regions without a value and says "geen gegevens"', () => {
    const svg = renderChoroplethSvg({
      shapes,
      viewBox: '0 0 20 10',
      values: new Map([['PV26', 5], ['PV27', null]]),
      title: 'T',
      description: 'D',
      formatValue,
      idPrefix: 'm',
    });
    expect(svg).toContain('<pattern id="m-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">');
    expect(svg).toContain(
      '<title>Noord &amp; Zuid: geen gegevens</title><path class="rir-map__region rir-map__region--no-data" d="M10,0L20,0L20,10Z" fill="url(#m-no-data)"',
    );
  });

  it('leaves the pattern out when every region has a value', () => {
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', values: new Map([['PV26', 5], ['PV27', 6]]), title: 'T', description: 'D' });
    expect(svg).not.toContain('<pattern');
  });

  it('draws every region in the neutral blue with just its name when no values are given', () => {
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'Provincies', description: 'D', linkFor: (c) => `/${c}` });
    expect(svg.match(/fill="#01689b"/g)).toHaveLength(2);
    expect(svg).toContain('<title>Utrecht</title>');
  });

  it('uses a shared classification so map and HTML legend agree', () => {
    const choropleth = buildChoropleth([0, 100], { method: 'equal', classes: 2 });
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', values: new Map([['PV26', 60], ['PV27', 10]]), choropleth, title: 'T', description: 'D' });
    expect(svg).toContain('fill="#04142e" fill-rule="evenodd" data-code="PV26"');
    expect(svg).toContain('fill="#5897cf" fill-rule="evenodd" data-code="PV27"');
  });

  it('prints value labels in a contrasting colour, nudged inside the viewBox', () => {
    const svg = renderChoroplethSvg({
      shapes: [
        { code: 'PV26', name: 'Utrecht', d: 'M0,0L0,10L10,10Z', labelPoint: [1, 2] },
        { code: 'PV27', name: 'Zeeland', d: 'M10,0L20,0L20,10Z', labelPoint: [50, 50] },
      ],
      viewBox: '0 0 100 100',
      values: new Map([['PV26', 1], ['PV27', 2]]),
      title: 'T',
      description: 'D',
      linkFor: (c) => `/${c}`,
      formatValue: (value) => `${value}0`,
      showValueLabels: true,
    });
    // A two-character 11px label needs about 8.6 units either side and 7.5 above.
    expect(svg).toContain('<text class="rir-map__label" x="8.6" y="7.5" text-anchor="middle" dominant-baseline="central" fill="#000000" aria-hidden="true">10</text></a>');
    expect(svg).toContain('<text class="rir-map__label" x="50" y="50" text-anchor="middle" dominant-baseline="central" fill="#ffffff" aria-hidden="true">20</text></a>');
  });

  it('names the region above its value when asked, both lines inside the viewBox', () => {
    const svg = renderChoroplethSvg({
      shapes: [{ code: 'PV26', name: 'Utrecht', d: 'M0,0L0,10L10,10Z', labelPoint: [1, 2] }],
      viewBox: '0 0 100 100',
      values: new Map([['PV26', 1234]]),
      title: 'T',
      description: 'D',
      formatValue: (value) => `${value}`,
      showValueLabels: true,
      labelNames: true,
    });
    // "Utrecht" (7 characters) needs 25.1 units either side; two 11px lines need 14.1 above the centre.
    expect(svg).toContain('<text class="rir-map__label" x="25.1" y="8" text-anchor="middle" dominant-baseline="central" fill="#ffffff" aria-hidden="true"><tspan x="25.1" class="rir-map__label-name">Utrecht</tspan><tspan x="25.1" dy="12.1">1234</tspan></text>');
  });

  it('labels names and counts in one neutral colour (no classes, no legend needed), the count spelled out in the link name', () => {
    const svg = renderChoroplethSvg({
      shapes,
      viewBox: '0 0 100 100',
      values: new Map([['PV26', 12], ['PV27', 0]]),
      title: 'T',
      description: 'D',
      linkFor: (code) => `/regio/${code}`,
      formatValue: (value) => `${value}`,
      describeValue: (value) => `${value} open vacatures`,
      uniformFill: true,
      showValueLabels: true,
      labelNames: true,
      idPrefix: 'k',
    });
    expect(svg).toContain('<a class="rir-map__link" href="/regio/PV26"><title>Utrecht: 12 open vacatures</title><path class="rir-map__region" d="M0,0L0,10L10,10Z" fill="#01689b"');
    expect(svg).toContain('<title>Noord &amp; Zuid: 0 open vacatures</title><path class="rir-map__region" d="M10,0L20,0L20,10Z" fill="#01689b"');
    expect(svg).toContain('<tspan x="25.1" class="rir-map__label-name">Utrecht</tspan><tspan x="25.1" dy="12.1">12</tspan>');
    expect(svg).toContain('class="rir-map__label-name">Noord &amp; Zuid</tspan>');
    // A halo in the region colour keeps a label that runs over the water readable.
    expect(svg).toContain('fill="#ffffff" stroke="#01689b" stroke-width="3" stroke-linejoin="round" paint-order="stroke" aria-hidden="true"><tspan');
    expect(svg).not.toContain('no-data');
  });

  it('centres a label that cannot fit the viewBox at all', () => {
    const svg = renderChoroplethSvg({
      shapes,
      viewBox: '0 0 20 10',
      values: new Map([['PV26', 1234567]]),
      title: 'T',
      description: 'D',
      showValueLabels: true,
    });
    expect(svg).toContain('<text class="rir-map__label" x="10" y="5"');
    expect(svg).toContain('<text class="rir-map__label rir-map__label--no-data" x="10" y="5"');
    expect(svg).toContain('aria-hidden="true">geen gegevens</text>');
  });

  it('outlines zero regions in grey and marks maps whose labels hide on narrow screens', () => {
    const values = new Map([['PV26', 0], ['PV27', 9]]);
    const choropleth = buildChoropleth([...values.values()], { zeroLabel: '0 fte' });
    const svg = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'T', description: 'D', values, choropleth, showValueLabels: true, labelsOnWideScreensOnly: true });
    expect(svg).toContain('<path class="rir-map__region rir-map__region--zero" d="M0,0L0,10L10,10Z" fill="#e6eef6"');
    expect(svg).toContain('class="rir-map rir-map--wide-labels"');
    expect(MAP_STYLE).toContain(`@media screen and (max-width:${LABELS_MIN_WIDTH}){.rir-map--wide-labels .rir-map__label{display:none}}`);
    expect(renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'T', description: 'D', values })).toContain('class="rir-map" ');
  });

  it('derives distinct id prefixes from the title', () => {
    const a = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'Kaart A', description: 'D' });
    const b = renderChoroplethSvg({ shapes, viewBox: '0 0 20 10', title: 'Kaart B', description: 'D' });
    const idOf = (svg: string): string | undefined => /<title id="([^"]+)"/.exec(svg)?.[1];
    expect(idOf(a)).toMatch(/^rir-map-[0-9a-z]+-title$/);
    expect(idOf(a)).not.toBe(idOf(b));
  });

  it('renders the real province map as well-formed SVG with 12 links', () => {
    const provinces = parseRegionCollection(
      JSON.parse(readFileSync(new URL('../../../db/geo/provincie_2025.geojson', import.meta.url), 'utf8')),
    );
    const { viewBox, shapes: provinceShapes } = buildRegionShapes(provinces);
    const values = new Map(provinceShapes.map((shape, i) => [shape.code, i === 0 ? null : i * 10]));
    const svg = renderChoroplethSvg({
      shapes: provinceShapes,
      viewBox,
      values,
      title: 'Vacatures per provincie',
      description: 'Fryslân & co',
      linkFor: (code) => `/provincies/${code.toLowerCase()}`,
      formatValue: String,
      showValueLabels: true,
    });
    expect(svg.match(/<a class="rir-map__link"/g)).toHaveLength(12);
    // resvg parses with a strict XML parser, so this fails on any malformed markup.
    const image = new Resvg(svg).render();
    expect([image.width, image.height]).toEqual([400, 480]);
  });
});

describe('markers on a map', () => {
  const square = { viewBox: '0 0 10 10', shapes: [{ code: 'PV20', name: 'Groningen', d: 'M0 0H10V10H0Z', labelPoint: [5, 5] as const }] };
  it('draws open and planned points as a filled circle and an open diamond, each with its accessible name; links make the map a group', () => {
    const svg = renderChoroplethSvg({ ...square, title: 'Pleinen', description: 'Pleinen op de kaart', idPrefix: 'm', markers: [
      { x: 2, y: 3, style: 'filled', name: 'Assen: open', href: '/acties/rijksontmoetingspleinen/assen' },
      { x: 7, y: 7, style: 'hollow', name: 'Zwolle & co: gepland' },
    ] });
    expect(svg).toContain('role="group"');
    expect(svg).toContain('<a class="rir-map__link" href="/acties/rijksontmoetingspleinen/assen"><title>Assen: open</title><circle class="rir-map__marker rir-map__marker--filled" cx="2" cy="3" r="5"/></a>');
    expect(svg).toContain('<g role="img" aria-label="Zwolle &amp; co: gepland"><title>Zwolle &amp; co: gepland</title><polygon class="rir-map__marker rir-map__marker--hollow" points="7,1 13,7 7,13 1,7"/></g>');
    expect(renderChoroplethSvg({ ...square, title: 'x', description: 'y', idPrefix: 'n' })).toContain('role="img"');
  });
});
