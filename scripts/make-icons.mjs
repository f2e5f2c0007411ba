#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png) with Node built-ins only: a tiny vector
// rasteriser with supersampled anti-aliasing and a hand-written PNG encoder (zlib for IDAT).
//
// The glyph: three ascending white bars (the indicator table) and a round badge with a green
// check mark (target reached), on a teal-to-green rounded square.
//
// Usage: node scripts/make-icons.mjs            (writes assets/icon-{16,32,64,80,128}.png)
//        node scripts/make-icons.mjs --check    (exit 1 if the committed PNGs differ)

import { deflateSync } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ASSETS = join(ROOT, "assets");
export const ICON_SIZES = [16, 32, 64, 80, 128];

// ---------------------------------------------------------------------------------------------
// Geometry: every shape is a predicate inside(x, y) in unit coordinates (0..1, y down).

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A thick polyline with round joins and caps. */
function stroke(points, width) {
  const h = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      if (px * px + py * py <= h * h) return true;
    }
    return false;
  };
}

// ---------------------------------------------------------------------------------------------
// Colours (RGB 0..255) and the scene, back to front.

const TEAL_TOP = [18, 150, 160];
const GREEN_BOTTOM = [10, 110, 80];
const WHITE = [255, 255, 255];
const CHECK_GREEN = [16, 124, 65];
const SHADOW = [6, 70, 60];

function lerp(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/**
 * Scene for a given pixel size: small icons get chunkier shapes so the glyph survives at 16 px.
 * @returns {{ inside: (x: number, y: number) => boolean, color: (x: number, y: number) => number[], alpha?: number }[]}
 */
function scene(size) {
  const small = size <= 20;
  const bg = roundedRect(0.02, 0.02, 0.98, 0.98, small ? 0.16 : 0.2);
  const barBottom = small ? 0.86 : 0.84;
  const bars = small
    ? [
        [0.1, 0.3, 0.62],
        [0.38, 0.58, 0.5],
      ]
    : [
        [0.14, 0.3, 0.62],
        [0.36, 0.52, 0.48],
        [0.58, 0.74, 0.6],
      ];
  const badge = small ? circle(0.72, 0.27, 0.235) : circle(0.73, 0.3, 0.215);
  const check = small
    ? stroke(
        [
          [0.6, 0.27],
          [0.69, 0.36],
          [0.85, 0.18],
        ],
        0.12,
      )
    : stroke(
        [
          [0.63, 0.3],
          [0.7, 0.37],
          [0.83, 0.22],
        ],
        0.065,
      );
  const shapes = [
    { inside: bg, color: (_x, y) => lerp(TEAL_TOP, GREEN_BOTTOM, y) },
  ];
  for (const [x0, x1, top] of bars) {
    if (!small) {
      // soft drop shadow to lift the bars off the background
      shapes.push({
        inside: roundedRect(x0 + 0.02, top + 0.02, x1 + 0.02, barBottom + 0.02, 0.03),
        color: () => SHADOW,
        alpha: 0.35,
      });
    }
    shapes.push({ inside: roundedRect(x0, top, x1, barBottom, small ? 0.02 : 0.03), color: () => WHITE });
  }
  if (!small) {
    shapes.push({ inside: circle(0.745, 0.315, 0.215), color: () => SHADOW, alpha: 0.35 });
  }
  shapes.push({ inside: badge, color: () => WHITE });
  shapes.push({ inside: check, color: () => CHECK_GREEN });
  return shapes;
}

/** Rasterise to straight (non-premultiplied) RGBA with `ss`×`ss` supersampling. */
export function renderIcon(size, ss = 8) {
  const shapes = scene(size);
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          // composite the shapes over a transparent sample (premultiplied)
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const s of shapes) {
            if (!s.inside(x, y)) continue;
            const alpha = s.alpha ?? 1;
            const [sr, sg, sb] = s.color(x, y);
            cr = sr * alpha + cr * (1 - alpha);
            cg = sg * alpha + cg * (1 - alpha);
            cb = sb * alpha + cb * (1 - alpha);
            ca = alpha + ca * (1 - alpha);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      out[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      out[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      out[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bit, no interlace, filter 0 per row).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------

function main() {
  const check = process.argv.includes("--check");
  mkdirSync(ASSETS, { recursive: true });
  let stale = 0;
  for (const size of ICON_SIZES) {
    const file = join(ASSETS, `icon-${size}.png`);
    const png = encodePng(size, size, renderIcon(size));
    if (check) {
      if (!existsSync(file) || !readFileSync(file).equals(png)) {
        console.error(`stale: ${file}`);
        stale++;
      }
    } else {
      writeFileSync(file, png);
      console.log(`wrote ${file} (${png.length} bytes)`);
    }
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
