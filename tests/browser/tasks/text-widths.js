// Measures how wide Chromium lays out strings (tests/SslaPublisher.Tests/Rendering/Fonts/TextWidthBrowserTests.cs).
// args: { page: 'blank.html' (an empty page under the served root, so the fonts are same-origin),
//         fontFaces: [{ family, file, weight }] (files relative to the served root; may be empty),
//         items: [{ text, family, size, weight, dir }] } (dir: 'auto' for a paragraph that takes its direction
//         from its first strong letter, as banner text does; none for left to right, as badge SVG text is)
// returns: [width, ...] in CSS pixels, one per item: the advance width of a white-space: pre span.
'use strict';
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({});
  await page.goto(new URL(args.page, ctx.baseUrl).href);
  return page.evaluate(async ({ base, fontFaces, items }) => {
    for (const f of fontFaces) {
      const face = new FontFace(f.family, `url(${new URL(f.file, base).href})`, { weight: String(f.weight) });
      document.fonts.add(await face.load());
    }
    const span = document.createElement('span');
    span.style.whiteSpace = 'pre';
    span.style.fontKerning = 'normal';
    document.body.appendChild(span);
    return items.map((item) => {
      span.style.fontFamily = item.family;
      span.style.fontSize = `${item.size}px`;
      span.style.fontWeight = String(item.weight);
      if (item.dir) span.dir = item.dir; else span.removeAttribute('dir');
      span.textContent = item.text;
      return span.getBoundingClientRect().width;
    });
  }, { base: ctx.baseUrl, fontFaces: args.fontFaces, items: args.items });
};
