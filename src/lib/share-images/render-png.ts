import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { SatoriNode } from './element.ts';
import { SHARE_FONTS } from './share-fonts.ts';

/** Size of social share images (Open Graph). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Renders a satori element tree to a PNG of 1200×630. */
export async function renderSharePng(node: SatoriNode): Promise<Uint8Array> {
  const svg = await satori(node as never, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: SHARE_FONTS });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH } }).render().asPng();
}
