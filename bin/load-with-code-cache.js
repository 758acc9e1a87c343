"use strict";
// Loads a CommonJS bundle the way `require` does, but with V8's code cache:
// compiling the checker's 2 MB bundle is most of its start-up time, and a
// cache made by an earlier run skips it. (Node 22 does this itself with
// `module.enableCompileCache()`; Node 20, which we support, does not.)
//
// The cache sits beside the bundle (dist/.cache/), so it is exactly as
// trusted as the bundle itself; a shared directory such as /tmp would let
// another user plant code. It is keyed by the bundle's size and time, Node's
// version and the architecture; V8 rejects a cache it cannot use, and any
// failure to read or write it only means a slower start.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

function cacheFileFor(file) {
  const stat = fs.statSync(file);
  const key = `${path.basename(file)}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}`;
  return path.join(path.dirname(file), ".cache", `${key}.v8`);
}

function loadWithCodeCache(file) {
  let cacheFile;
  let cachedData;
  try {
    cacheFile = cacheFileFor(file);
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet (or no bundle: the require below says so).
  }
  if (!cacheFile) return require(file);
  const source = fs.readFileSync(file, "utf8");
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  loaded.loaded = true;
  const dirname = path.dirname(file);
  script.runInThisContext().call(loaded.exports, loaded.exports, (id) => loaded.require(id), loaded, file, dirname);
  if (!cachedData || script.cachedDataRejected) {
    // Made at exit, after the run: the cache then holds every function the
    // run compiled, not just the bundle's top level.
    process.once("exit", () => {
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        const partial = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(partial, script.createCachedData());
        fs.renameSync(partial, cacheFile);
      } catch {
        // A read-only install: start without a cache.
      }
    });
  }
  return loaded.exports;
}

module.exports = { loadWithCodeCache };
