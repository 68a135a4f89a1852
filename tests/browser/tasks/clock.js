// Opens a page once per fixed clock reading and returns the value of an expression at each: how the live script
// reads a page at instants chosen by the test (notices appearing and disappearing across their window).
// args: { url, times: [Unix ms, ...], expression, timezoneId?, viewport?, screenshots?: [absolute path | null, ...] }
'use strict';
module.exports = async (ctx, args) => {
  const values = [];
  for (let i = 0; i < args.times.length; i++) {
    const page = await ctx.newPage({ viewport: args.viewport, timezoneId: args.timezoneId });
    // Date and Date.now() report this instant for the whole visit; timers still run.
    await page.clock.setFixedTime(args.times[i]);
    await page.goto(new URL(args.url, ctx.baseUrl).href, { waitUntil: 'load' });
    values.push(await page.evaluate(args.expression));
    const shot = args.screenshots && args.screenshots[i];
    if (shot) await page.screenshot({ path: shot, fullPage: true });
  }
  return values;
};
