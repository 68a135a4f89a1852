// Measures SVG badges the way Chromium draws them (tests/SslaPublisher.Tests/Rendering/Badges).
// args: { files: ["x-help-replies.svg", ...] } relative to the served root.
// returns: [{ file, width, height, texts: [{ content, left, right, naturalWidth }] }, ...]
// Each SVG is opened as its own document. For every visible <text> it reports the rendered box (in badge pixels)
// and the natural width of the same text without textLength, i.e. what the SVG's font stack gives on this machine.
'use strict';
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({});
  const results = [];
  for (const file of args.files) {
    await page.goto(new URL(file, ctx.baseUrl).href, { waitUntil: 'load' });
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
  return results;
};
