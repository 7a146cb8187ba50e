// Writes the app icons (site/public/icon-192.png, icon-512.png) without any dependency or network:
// the same picture as site/public/icon.svg — four blocks of falling precision on a blue square —
// rasterised here with 4x4 supersampling and encoded as PNG with node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [47, 95, 208];
// Blocks in a 100x100 box (as in icon.svg): x, y, width, height, colour.
const BLOCKS = [
  [22, 30, 12, 48, [255, 255, 255]],
  [38, 40, 12, 38, [220, 232, 255]],
  [54, 50, 12, 28, [255, 212, 59]],
  [70, 60, 12, 18, [255, 135, 135]],
];
// Icons are full-bleed (usable as maskable): the blocks stay inside the central safe zone.

function pixel(x, y) {
  for (const [bx, by, bw, bh, colour] of BLOCKS) if (x >= bx && x < bx + bw && y >= by && y < by + bh) return colour;
  return BACKGROUND;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const colour = pixel(((x + (sx + 0.5) / samples) / size) * 100, ((y + (sy + 0.5) / samples) / size) * 100);
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      for (let i = 0; i < 3; i++) row[1 + x * 3 + i] = Math.round(sum[i] / (samples * samples));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const path = new URL(`../site/public/icon-${size}.png`, import.meta.url);
  writeFileSync(path, png(size));
  console.log(`wrote ${path.pathname}`);
}
