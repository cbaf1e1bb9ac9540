// Renders public/favicon.svg into the PNG icons the web app manifest names (run once, commit the
// PNGs): `node scripts/makeIcons.mjs`. Plain JavaScript so that Node runs it without a compiler.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const HEADER_BLUE = '#16324f';

// A maskable icon may be cropped to a circle of 80 % of its width, so the drawing sits at 75 % on a
// full-bleed background of the favicon's own colour.
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, drawing: 1, background: 'transparent' },
  { file: 'public/icons/icon-512.png', size: 512, drawing: 1, background: 'transparent' },
  { file: 'public/icons/maskable-512.png', size: 512, drawing: 0.75, background: HEADER_BLUE },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, drawing, background } of icons) {
  const inner = Math.round(size * drawing);
  await page.setContent(
    `<body style="margin:0;background:transparent">
       <div id="icon" style="width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">
         ${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}
       </div>
     </body>`,
  );
  await page.locator('#icon').screenshot({ path: file, omitBackground: true });
  console.log(`${file} ${size}×${size}`);
}
await browser.close();
