// Opens a page and returns the value of a JavaScript expression evaluated in it.
// args: { url: "index.html" (relative to the served root) | absolute URL, expression: "document.title",
//         viewport?: {width, height}, timezoneId?, javaScriptEnabled? }
'use strict';
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({ viewport: args.viewport, timezoneId: args.timezoneId, javaScriptEnabled: args.javaScriptEnabled !== false });
  await page.goto(new URL(args.url, ctx.baseUrl || 'about:blank').href, { waitUntil: 'load' });
  return page.evaluate(args.expression);
};
