// Rasterises assets/icon.svg into public/icon/<size>.png (WXT puts them in the manifest). Run after editing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
mkdirSync(join(root, 'public/icon'), { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  writeFileSync(join(root, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log('public/icon/{16,32,48,96,128}.png written');
