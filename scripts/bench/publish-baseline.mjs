// The publish benchmark's peer (issue 18): what a plain @azure/storage-blob script does to sync a built folder —
// one listing of the container under a prefix (with each blob's Content-MD5), an MD5 of every local file, and an
// upload (with Content-Type and Content-MD5) of each file that is new or different, 8 in flight. No build, no
// lock, no ordering, no deletes: the floor ssla's publish is measured against.
//   node scripts/bench/publish-baseline.mjs <folder> <connection string> <container> [prefix]
// Prints one JSON line: {"uploaded":N,"unchanged":N,"bytes":N}.
import { BlobServiceClient } from "@azure/storage-blob";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const [folder, connectionString, containerName, prefix = ""] = process.argv.slice(2);
if (!folder || !connectionString || !containerName) {
  console.error("usage: publish-baseline.mjs <folder> <connection string> <container> [prefix]");
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8", ".json": "application/json", ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

// Every file below the folder except hidden ones (the build's own .ssla-* files), as paths with '/'.
async function files(root, relative = "") {
  const found = [];
  for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...await files(root, name));
    else found.push(name);
  }
  return found;
}

const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
await container.createIfNotExists();

const remote = new Map();
for await (const blob of container.listBlobsFlat({ prefix })) {
  const md5 = blob.properties.contentMD5;
  remote.set(blob.name, md5 ? Buffer.from(md5).toString("base64") : null);
}

const local = await files(folder);
let uploaded = 0, unchanged = 0, bytes = 0, next = 0;
async function worker() {
  while (next < local.length) {
    const name = local[next++];
    const content = await readFile(path.join(folder, name));
    const md5 = createHash("md5").update(content).digest();
    if (remote.get(prefix + name) === md5.toString("base64")) { unchanged++; continue; }
    await container.getBlockBlobClient(prefix + name).uploadData(content, {
      blobHTTPHeaders: { blobContentType: types[path.extname(name)] ?? "application/octet-stream", blobContentMD5: md5 },
    });
    uploaded++;
    bytes += content.length;
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
console.log(JSON.stringify({ uploaded, unchanged, bytes }));
