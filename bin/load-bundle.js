"use strict";
/**
 * Loads lib/jixiao.js (the CLI bundle) with V8's code cache when lib/jixiao.js.cache was made from
 * this very bundle (scripts/cli-code-cache.js, after each build): V8 then skips parsing and
 * compiling the functions a check runs, about 40 ms of every start. The cache starts with the
 * SHA-1 of the bundle it was made from (V8 itself only compares source lengths) and the SHA-1 of
 * V8's data (a release V8 does not check it, and aborts on damaged data); any mismatch, a missing
 * cache or one V8 rejects (another Node) just compiles as usual.
 */
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");
const { Buffer } = require("buffer");

const HASH_BYTES = 20;

function hashOf(source) {
  return crypto.createHash("sha1").update(source).digest();
}

/** The bundle's exports, and a function writing the code cache of what has run so far. */
function loadBundle(file) {
  const source = fs.readFileSync(file);
  const hash = hashOf(source);
  const cacheFile = file + ".cache";
  let cachedData;
  try {
    const cache = fs.readFileSync(cacheFile);
    const data = cache.subarray(2 * HASH_BYTES);
    if (
      data.length > 0 &&
      cache.subarray(0, HASH_BYTES).equals(hash) &&
      cache.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(hashOf(data))
    )
      cachedData = data;
  } catch {
    // No cache: compiled as usual.
  }
  const script = new vm.Script(Module.wrap(source.toString("utf8")), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const req = (id) => mod.require(id);
  req.resolve = (id, options) => Module._resolveFilename(id, mod, false, options);
  req.cache = Module._cache;
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    writeCache: () => {
      const data = script.createCachedData();
      // Written whole, then renamed: a start never reads half a cache.
      const part = `${cacheFile}.${process.pid}.part`;
      fs.writeFileSync(part, Buffer.concat([hash, hashOf(data), data]));
      fs.renameSync(part, cacheFile);
    },
  };
}

module.exports = { loadBundle };
