#!/usr/bin/env node
"use strict";
/**
 * Draws the add-in's icons (a table with a check mark) and writes them as PNGs into assets/.
 * Plain Node (zlib) so that the icons can be rebuilt anywhere: `node scripts/make-icons.js`.
 */
const { Buffer } = require("buffer");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

/** Encodes RGBA pixels (size × size × 4 bytes) as a PNG. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The glyph in unit coordinates (0..1): a table (outline, header band, grid lines) and a
 * check mark in its lower right, cut out of the table by a clear ring so it reads at 16 px.
 * `line` is the stroke width in units, at least about one pixel.
 */
function glyph(x, y, size) {
  const line = Math.max(1 / size, Math.round(0.07 * size) / size);
  const check = [
    [0.5, 0.7],
    [0.66, 0.86],
    [0.95, 0.5],
  ];
  const checkWidth = Math.max(2 / size, 0.13);
  const dCheck = Math.min(
    distToSegment(x, y, ...check[0], ...check[1]),
    distToSegment(x, y, ...check[1], ...check[2]),
  );
  if (dCheck <= checkWidth / 2) return true;
  if (dCheck <= checkWidth / 2 + line * 1.1) return false;

  // Table edges on whole pixels keep the small icons crisp.
  const snap = (v) => Math.round(v * size) / size;
  const left = snap(0.06);
  const right = snap(0.86);
  const top = snap(0.12);
  const bottom = snap(0.84);
  const inBox = x >= left && x <= right && y >= top && y <= bottom;
  if (!inBox) return false;
  const onEdge = x - left < line || right - x < line || y - top < line || bottom - y < line;
  const header = y - top < snap(0.2);
  const colLine = x >= snap(0.36) && x < snap(0.36) + line;
  const rowLine = y >= snap(0.56) && y < snap(0.56) + line;
  return onEdge || header || colLine || rowLine;
}

/** Renders the glyph in `ink` on transparency, or knocked out in white on a filled rounded square. */
function render(size, filled) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let ink = 0;
      let inside = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (filled) {
            const r = 0.18;
            const cx = Math.min(Math.max(x, r), 1 - r);
            const cy = Math.min(Math.max(y, r), 1 - r);
            if (Math.hypot(x - cx, y - cy) <= r) inside++;
            // Shrink the glyph into the square's padding.
            if (glyph(0.15 + (x - 0.15) / 0.74 - 0.02, 0.12 + (y - 0.12) / 0.76, size * 0.74)) ink++;
          } else if (glyph(x, y, size)) {
            ink++;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (filled) {
        const a = inside / n;
        const w = Math.min(ink, inside) / Math.max(inside, 1);
        for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(GREEN[i] * (1 - w) + WHITE[i] * w);
        rgba[o + 3] = Math.round(255 * a);
      } else {
        GREEN.forEach((v, i) => (rgba[o + i] = v));
        rgba[o + 3] = Math.round((255 * ink) / n);
      }
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const out = path.join(__dirname, "..", "assets");
  fs.mkdirSync(out, { recursive: true });
  for (const size of [16, 32, 64, 80]) {
    fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size, false));
  }
  fs.writeFileSync(path.join(out, "logo-filled.png"), render(80, true));
  process.stdout.write(`icons written to ${out}\n`);
}

main();
