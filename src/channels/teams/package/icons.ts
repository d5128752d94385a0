import { encodePng, type Image } from './png.js';

/** Acre's green, also the manifest's accentColor: Teams fills the space around the colour icon with it. */
export const ACCENT = '#2E6B4F';

type Rgb = [number, number, number];
type Point = [number, number];

/** The mark, in a unit square: a peaked "A" like a roof over a field, drawn as three strokes. */
const STROKES: [Point, Point][] = [
  [[0.5, 0.2], [0.26, 0.8]],
  [[0.5, 0.2], [0.74, 0.8]],
  [[0.35, 0.58], [0.65, 0.58]],
];
const STROKE_WIDTH = 0.1;
/** Samples per pixel side: smooth edges without an image library. */
const SUPERSAMPLE = 4;

/** The colour icon Teams shows in the app store and chat list: 192×192, the white mark on Acre's green. */
export function colorIcon(): Buffer {
  return encodePng(draw(192, { background: hex(ACCENT), backgroundAlpha: 255 }));
}

/**
 * The outline icon Teams uses in its app bar: 32×32, white on transparent, nothing
 * else (Teams tints it and rejects coloured outlines).
 */
export function outlineIcon(): Buffer {
  return encodePng(draw(32, { background: [255, 255, 255], backgroundAlpha: 0 }));
}

function draw(size: number, look: { background: Rgb; backgroundAlpha: number }): Image {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cover = coverage(x, y, size);
      const i = (y * size + x) * 4;
      // Over a solid background the mark blends in; over transparency its coverage becomes alpha.
      for (let c = 0; c < 3; c++) rgba[i + c] = look.backgroundAlpha ? Math.round(look.background[c] * (1 - cover) + 255 * cover) : 255;
      rgba[i + 3] = look.backgroundAlpha ? look.backgroundAlpha : Math.round(255 * cover);
    }
  }
  return { width: size, height: size, rgba };
}

/** How much of a pixel the mark covers, from 0 to 1. */
function coverage(px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const p: Point = [(px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size];
      if (STROKES.some(([a, b]) => distanceToSegment(p, a, b) <= STROKE_WIDTH / 2)) inside++;
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function hex(color: string): Rgb {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
