// Measures badges the way a browser draws them, for tests/SslaPublisher.Tests/Rendering/Badges.
//
//   node tests/browser/badge-widths.js < ["/abs/a.svg", ...] > [{ file, width, height, texts: [...] }, ...]
//
// Each SVG is opened as its own document in headless Chromium. For every visible <text> it reports the rendered
// box (left/right in badge pixels) and the natural width of the same text without textLength, i.e. the width the
// font stack gives on this machine; the test compares these with the layout's measured widths.
// (Minimal stand-in until the shared browser harness of feat/pages lands; the integrator may fold it in.)
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const repoRoot = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(repoRoot, 'node_modules', 'playwright-core'));

async function main() {
  const files = JSON.parse(fs.readFileSync(0, 'utf8'));
  const browser = await chromium.launch({
    executablePath: process.env.SSLA_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--headless'],
  });
  const results = [];
  try {
    const page = await browser.newPage();
    for (const file of files) {
      await page.goto(pathToFileURL(file).href);
      await page.evaluate(() => document.fonts.ready);
      const measured = await page.evaluate(() => {
        const svg = document.documentElement;
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text:not([aria-hidden])')].map((text) => {
          const r = text.getBoundingClientRect();
          const natural = text.cloneNode(true);
          natural.removeAttribute('textLength');
          text.parentNode.appendChild(natural);
          const naturalWidth = natural.getComputedTextLength() * 0.1;
          natural.remove();
          return { content: text.textContent, left: r.left - box.left, right: r.right - box.left, naturalWidth };
        });
        return { width: box.width, height: box.height, texts };
      });
      results.push({ file, ...measured });
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
