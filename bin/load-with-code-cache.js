"use strict";
// Loads a CommonJS bundle the way `require` does, but with V8's code cache:
// compiling the checker's 2 MB bundle is most of its start-up time, and a
// cache made by an earlier run skips it. (Node 22 does this itself with
// `module.enableCompileCache()`; Node 20, which we support, does not.)
//
// The cache sits beside the bundle (dist/.cache/), so it is exactly as
// trusted as the bundle itself; a shared directory such as /tmp would let
// another user plant code. V8 checks little of what it is given (the
// source's length, not its text; not the cache's own bytes), so we do:
// - the cache file is named by the bundle's length and checksum, Node's
//   version and the architecture, so a changed bundle practically never
//   meets an old cache (only a change that keeps both the length and the
//   CRC-32, about one in four billion by accident);
// - the file starts with a checksum of the cache bytes that follow, and a
//   file whose bytes do not match it (a disk error, a write cut short) is
//   not given to V8 but made again.
// The checksums are CRC-32 (zlib, 1 ms to load), not SHA-256: they guard
// against accidents, not against someone who can write beside the bundle
// (who could change the bundle itself), and loading node:crypto alone
// costs 5 to 6 ms of every start.
// Any failure to read or write the cache only means a slower start.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");
const { crc32 } = require("node:zlib");

const DIGEST_BYTES = 4;
const hex32 = (data) => crc32(data).toString(16).padStart(8, "0");
const checksum = (data) => {
  const digest = Buffer.alloc(DIGEST_BYTES);
  digest.writeUInt32BE(crc32(data));
  return digest;
};

/** The cache's bytes if the file holds a cache whose hash matches them; otherwise undefined. */
function readCache(cacheFile) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(DIGEST_BYTES);
  return bytes.length > DIGEST_BYTES && checksum(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** `prefix`: what every cache of this bundle's file name starts with. */
function writeCache(cacheFile, prefix, script) {
  const dir = path.dirname(cacheFile);
  fs.mkdirSync(dir, { recursive: true });
  fs.accessSync(dir, fs.constants.W_OK);
  const data = script.createCachedData();
  const partial = `${cacheFile}.${process.pid}`;
  const fd = fs.openSync(partial, "w");
  try {
    fs.writeSync(fd, checksum(data));
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, cacheFile);
  // Caches of earlier builds or other Node versions are of no more use, nor
  // is a partial file a run left when it was killed while writing.
  for (const name of fs.readdirSync(dir)) {
    const stale = name.endsWith(".v8") || /\.v8\.\d+$/.test(name);
    if (name.startsWith(prefix) && stale && name !== path.basename(cacheFile)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

function loadWithCodeCache(file) {
  // Summed as bytes, before decoding: summing the decoded text would encode
  // its 2 MB again (about 8 ms at every start).
  const bytes = fs.readFileSync(file);
  const key = `${bytes.length.toString(16)}-${hex32(bytes)}-${hex32(`${process.version}\0${process.arch}`)}`;
  const source = bytes.toString("utf8");
  const prefix = `${path.basename(file)}-`;
  const cacheFile = path.join(path.dirname(file), ".cache", `${prefix}${key}.v8`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded.loaded = true;
  script.runInThisContext().call(loaded.exports, loaded.exports, (id) => loaded.require(id), loaded, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, after the run: the cache then holds every function the
    // run compiled, not just the bundle's top level.
    process.once("exit", () => {
      try {
        writeCache(cacheFile, prefix, script);
      } catch {
        // A read-only install: start without a cache.
      }
    });
  }
  return loaded.exports;
}

module.exports = { loadWithCodeCache };
