// Saves a PNG screenshot of a page. args: { url, path (absolute), width, height?, fullPage?, scrollY?, timezoneId?, scale? }
'use strict';
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({ viewport: { width: args.width, height: args.height || 800 }, timezoneId: args.timezoneId, deviceScaleFactor: args.scale || 1 });
  await page.goto(new URL(args.url, ctx.baseUrl).href, { waitUntil: 'load' });
  if (args.scrollY) await page.evaluate((y) => window.scrollTo(0, y), args.scrollY);
  await page.screenshot({ path: args.path, fullPage: args.fullPage !== false && !args.scrollY });
  return args.path;
};
