// Loads pages whose every input string is a script payload and reports whether any script ran.
// Payloads call window.__ssla_xss(); an init script defines it to record the call before any page script runs.
// args: { urls: [...] } → [{ url, fired: [...], dialogs: [...], text: body text, errors: [...] }]
'use strict';
module.exports = async (ctx, args) => {
  const out = [];
  for (const url of args.urls) {
    const page = await ctx.newPage({ viewport: { width: 1280, height: 800 } });
    const dialogs = [];
    const errors = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      window.__ssla_fired = [];
      window.__ssla_xss = (tag) => { window.__ssla_fired.push(String(tag)); };
    });
    await page.goto(new URL(url, ctx.baseUrl).href, { waitUntil: 'load' });
    // Give event-handler payloads (onerror of broken images, onload, focus) a chance to run, and hover/click
    // every link and element so handler attributes, if any survived, would fire.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    for (const el of await page.$$('a, img, [onclick], [onmouseover]')) {
      await el.hover({ timeout: 500 }).catch(() => {});
    }
    out.push({
      url,
      fired: await page.evaluate(() => window.__ssla_fired),
      dialogs,
      errors,
      text: await page.evaluate(() => document.body.innerText),
      title: await page.title(),
    });
  }
  return out;
};
