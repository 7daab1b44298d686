import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { provinceShareElement, type ProvinceShareData } from '../../../src/lib/share-images/province-share-image.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../../src/lib/share-images/render-png.ts';
import { SHARE_FONTS } from '../../../src/lib/share-images/share-fonts.ts';

const data: ProvinceShareData = { provincie: 'Groningen', jaren: [2021, 2022, 2023, 2024, 2025].map((jaar, i) => ({ jaar, fte: 18_346.8 + i * 1200 })), isDemo: true };

/** Renders the image and returns a function giving the RGB hex of a pixel. */
async function pixels(input: ProvinceShareData): Promise<(x: number, y: number) => string> {
  const svg = await satori(provinceShareElement(input) as never, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: SHARE_FONTS });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH } }).render();
  // `pixels` copies the whole buffer on every access: read it once.
  const rgba = image.pixels;
  const width = image.width;
  return (x, y) => {
    const i = (y * width + x) * 4;
    return [rgba[i], rgba[i + 1], rgba[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('');
  };
}

describe('provinceShareElement', () => {
  it('keeps the demo label whole inside the image, with a white margin to its right', async () => {
    const at = await pixels(data);
    // The badge background (#fff4d6) is inside the image, and the right edge next to it is white.
    const row = Array.from({ length: 300 }, (_, i) => at(880 + i, 80));
    expect(row).toContain('fff4d6');
    expect([at(1199, 80), at(1190, 80), at(1160, 80)]).toEqual(['ffffff', 'ffffff', 'ffffff']);
  });

  it('draws every bar above the bottom edge, leaving room for the year labels', async () => {
    const at = await pixels(data);
    // No bar colour (#1d3f6e) in the bottom 60 rows: the year labels and the note are below the bars.
    const bottom = Array.from({ length: 60 }, (_, dy) => Array.from({ length: 1200 }, (_, x) => at(x, 569 + dy))).flat();
    expect(bottom).not.toContain('1d3f6e');
  });

  it('shows no label for real data', () => {
    expect(JSON.stringify(provinceShareElement({ ...data, isDemo: false }))).not.toContain('Voorbeeldgegevens');
  });
});
