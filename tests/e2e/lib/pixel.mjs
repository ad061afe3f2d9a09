// The colour the user sees at one point of the page (whatever drew it: the canvas or the page), from a 1×1
// screenshot. WebGL canvases cannot be read back reliably, the screen can.
import { inflateSync } from 'node:zlib';

export async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, type: 'png' });
  let at = 8, colourType = 0, bitDepth = 0;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') { bitDepth = body[8]; colourType = body[9]; }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6)) throw new Error(`unexpected PNG: depth ${bitDepth}, type ${colourType}`);
  // The first row's first pixel: whatever its filter, with nothing before it the bytes are the colour.
  // (At a pixel ratio of 2 the clip is 2×2 device pixels: the first is enough.)
  const raw = inflateSync(Buffer.concat(data));
  return [raw[1], raw[2], raw[3]];
}
