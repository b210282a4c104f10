#!/usr/bin/env node
/*
 * Draws the add-in icons (a green rounded square with sheet lines and a white
 * check mark) and writes them as PNG files using only Node's zlib.
 *
 *   node scripts/make-icons.js            # writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --out DIR  # writes them somewhere else
 *
 * The PNGs are committed; run this again only when the design changes.
 * Shapes are described in unit coordinates (0..1) and rendered with
 * supersampling, so every size is drawn from the same geometry.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];

// Colours (sRGB). Green close to Excel's brand colour, slightly darker at the bottom.
const GREEN_TOP = [0x1a, 0x8a, 0x4e];
const GREEN_BOTTOM = [0x0c, 0x63, 0x33];
const WHITE = [0xff, 0xff, 0xff];

// ---------------------------------------------------------------- PNG writer

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type "None" for every row
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- geometry

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  const dx = x - cx;
  const dy = y - cy;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx * dx + dy * dy <= radius * radius;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

/** A round-capped polyline of the given stroke width. */
function onPolyline(x, y, points, width) {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    if (distanceToSegment(x, y, ax, ay, bx, by) <= width / 2) return true;
  }
  return false;
}

/**
 * The design per size: small icons get a bigger check mark and no sheet lines,
 * which would only blur at 16 px.
 */
function designFor(size) {
  if (size < 24) {
    return {
      radius: 0.2,
      lines: [],
      check: { points: [[0.22, 0.53], [0.42, 0.73], [0.79, 0.3]], width: 0.17 },
    };
  }
  const thin = size < 48 ? 0.075 : 0.06;
  return {
    radius: 0.2,
    // Sheet rows: [x0, x1, y, stroke width, opacity]
    lines: [
      [0.22, 0.78, 0.25, thin, 0.95],
      [0.22, 0.78, 0.39, thin, 0.7],
      [0.22, 0.46, 0.53, thin, 0.7],
    ],
    check: { points: [[0.4, 0.67], [0.54, 0.81], [0.81, 0.5]], width: size < 48 ? 0.13 : 0.11 },
  };
}

function lerp(a, b, t) {
  return a + (b - a) * t;
}

/** Colour and opacity of one sample point (unit coordinates). */
function sample(x, y, design) {
  if (!insideRoundedSquare(x, y, design.radius)) return null;
  let rgb = GREEN_TOP.map((c, i) => lerp(c, GREEN_BOTTOM[i], y));
  for (const [x0, x1, ly, width, opacity] of design.lines) {
    if (onPolyline(x, y, [[x0, ly], [x1, ly]], width)) {
      rgb = rgb.map((c, i) => lerp(c, WHITE[i], opacity));
    }
  }
  if (onPolyline(x, y, design.check.points, design.check.width)) rgb = WHITE.slice();
  return rgb;
}

function render(size) {
  const design = designFor(size);
  const ss = size <= 32 ? 8 : 4; // samples per pixel along each axis
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const rgb = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, design);
          if (!rgb) continue;
          r += rgb[0];
          g += rgb[1];
          b += rgb[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 ? argv[outIndex + 1] : path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = render(size);
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { render, encodePng, crc32, SIZES };
