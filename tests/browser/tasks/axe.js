// Runs axe-core (WCAG 2.1 A and AA rules) on each page and measures horizontal overflow.
// args: { urls: [...], width: 375, height?: 800, timezoneId?, time?: Unix ms (a fixed clock, so the live script shows
// what it shows then: notices in their window) }
// returns: [{ url, violations: [{ id, impact, help, nodes: [html...] }], scrollWidth, clientWidth }]
'use strict';
const path = require('path');
module.exports = async (ctx, args) => {
  const axePath = path.join(ctx.repoRoot, 'node_modules', 'axe-core', 'axe.min.js');
  const page = await ctx.newPage({ viewport: { width: args.width || 1280, height: args.height || 800 }, timezoneId: args.timezoneId });
  if (args.time !== undefined) await page.clock.setFixedTime(args.time);
  const out = [];
  for (const url of args.urls) {
    await page.goto(new URL(url, ctx.baseUrl).href, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }));
    const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    out.push({
      url,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.html) })),
      scrollWidth: size.scrollWidth, clientWidth: size.clientWidth,
    });
  }
  return out;
};
