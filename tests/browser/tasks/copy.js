// Clicks every copy button of a page and reports what each put on the clipboard beside its data-copy value.
// args: { url: "marketing.html", selector?: "#bios button.copy" } → [{ expected, copied, label }]
// (label: the button's text after the click)
'use strict';
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({ viewport: { width: 1000, height: 800 } });
  const url = new URL(args.url, ctx.baseUrl).href;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.goto(url, { waitUntil: 'load' });
  const out = [];
  for (const button of await page.$$(args.selector || 'button.copy')) {
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
    await button.click();
    await page.waitForFunction((el) => el.textContent !== 'Copy', button, { timeout: 2000 });
    out.push({
      expected: await button.getAttribute('data-copy'),
      copied: await page.evaluate(() => navigator.clipboard.readText()),
      label: await button.textContent(),
    });
  }
  return out;
};
