/** Reads QR codes on screen the way a phone camera would: from a screenshot, with jsQR. */
import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import { PNG } from 'pngjs';

/** The text a QR code on screen holds, read from a screenshot of it. */
export async function decodeQr(locator: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
