// Generic headless-Chromium harness for the test suite (and any feature that needs a real browser).
//
//   node tests/browser/run.js < request.json > response.json
//
// request:  { "root": "/abs/site/folder" (optional: served on http://127.0.0.1:<port>/),
//             "tasks": [ { "script": "tests/browser/tasks/<name>.js", "args": { ... } }, ... ] }
// response: { "baseUrl": "http://127.0.0.1:<port>/", "results": [ { "ok": true, "value": ... } |
//             { "ok": false, "error": "..." }, ... ] }
//
// One Chromium launch serves every task of a request (launching is the slow part). A task script exports
// `async (ctx, args) => value`, where ctx = { browser, baseUrl, root, newPage(options) }; its value must be JSON.
// Each task gets pages in a fresh browser context, so tasks do not share cookies, storage or timezone.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const repoRoot = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(repoRoot, 'node_modules', 'playwright-core'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

// A static file server like the blob endpoint: exact file names only, no index documents, no rewrites.
function serve(root) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = path.resolve(root, '.' + urlPath);
      if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  const request = JSON.parse(fs.readFileSync(0, 'utf8'));
  const server = request.root ? await serve(request.root) : null;
  const baseUrl = server ? `http://127.0.0.1:${server.address().port}/` : null;
  // launch() runs Chromium with a fresh temporary --user-data-dir of its own and deletes it on close.
  const browser = await chromium.launch({
    executablePath: process.env.SSLA_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (const task of request.tasks) {
      const opened = [];
      const ctx = {
        baseUrl, root: request.root || null, repoRoot,
        // A page in its own context (options: viewport, timezoneId, javaScriptEnabled, locale, ...).
        newPage: async (options) => {
          const context = await browser.newContext(options || {});
          opened.push(context);
          return context.newPage();
        },
      };
      try {
        const run = require(path.resolve(repoRoot, task.script));
        results.push({ ok: true, value: await run(ctx, task.args || {}) });
      } catch (e) {
        results.push({ ok: false, error: String(e && e.stack || e) });
      } finally {
        for (const c of opened) await c.close();
      }
    }
  } finally {
    await browser.close();
    if (server) server.close();
  }
  process.stdout.write(JSON.stringify({ baseUrl, results }));
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
