#!/usr/bin/env node
"use strict";
/**
 * `npm run demo`: checks the bundled sample with the command line, then serves the browser demo
 * (the task pane beside a preview of the workbook) from dist/ on http://localhost:3001.
 * Builds lib/ and dist/ first when they are missing. Ctrl-C stops it.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");
const finalhandler = require("finalhandler");
const serveStatic = require("serve-static");
const { URL } = require("url");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const SAMPLE = "assets/samples/tianhe-2019.xlsx";
const DEFAULT_PORT = 3001;

/**
 * A static file server for `root` (GET and HEAD only), answering `/` with `index`. Returns the
 * http.Server, not yet listening. serve-static (send) does the serving: MIME types, `..` and
 * encoded traversal, null bytes, dotfiles (hidden as 404), HEAD, conditional requests.
 * finalhandler answers every refusal, without a stack trace (env "production").
 */
function createStaticServer(root, index = "demo.html") {
  const realRoot = fs.realpathSync(root);
  const serve = serveStatic(realRoot, {
    index: [index],
    dotfiles: "ignore",
    redirect: false, // a directory is Not Found, not a redirect to its index
    fallthrough: false, // 404 / 405 come from serve-static itself, not a later handler
    cacheControl: false,
    setHeaders: (res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.setHeader("X-Content-Type-Options", "nosniff");
    },
  });
  return http.createServer((req, res) => {
    const done = finalhandler(req, res, { env: "production" });
    const pathname = originPath(req.url);
    if (pathname === null) return done(httpError(400, "Bad Request"));
    // send reads the very path checked here: the URL as normalised by the WHATWG parser.
    req.url = pathname;
    leavesRoot(realRoot, pathname, index, (outside) => {
      if (outside) return done(httpError(404, "Not Found"));
      serve(req, res, done);
    });
  });
}

function httpError(status, message) {
  return Object.assign(new Error(message), { status });
}

/**
 * The path and query of an origin-form request target ("/…"), dot segments resolved; null for
 * any other form (absolute-form is for proxies, which this is not) or an unparsable one.
 */
function originPath(url) {
  if (typeof url !== "string" || !url.startsWith("/")) return null;
  try {
    const parsed = new URL("http://localhost" + url);
    return parsed.pathname + parsed.search;
  } catch {
    return null;
  }
}

/**
 * Whether the file a request names is, once symlinks are resolved, outside `realRoot`: the one
 * check send lacks (it follows symlinks). Maps the path to a file as send does (`index` for a
 * path ending in "/"); a path send refuses anyway (undecodable, null byte) is left to send.
 */
function leavesRoot(realRoot, url, index, callback) {
  let decoded;
  try {
    decoded = decodeURIComponent(url.split("?")[0]);
  } catch {
    return callback(false);
  }
  if (decoded.includes("\0")) return callback(false);
  const named = decoded.endsWith("/") ? decoded + index : decoded;
  const file = path.join(realRoot, path.normalize("." + path.sep + named));
  fs.realpath(file, (err, real) =>
    callback(!err && real !== realRoot && !real.startsWith(realRoot + path.sep)),
  );
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return result.status === null ? 1 : result.status;
}

function npm(script) {
  const npmCmd = process.platform === "win32" ? "npm.cmd" : "npm";
  if (run(npmCmd, ["run", script]) !== 0) {
    process.stderr.write(`npm run ${script} 失败。 / npm run ${script} failed.\n`);
    process.exit(1);
  }
}

function main() {
  const portArg = process.argv.find((a) => a.startsWith("--port="));
  const port = Number(portArg ? portArg.slice(7) : process.env.PORT || DEFAULT_PORT);

  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) npm("build:cli");
  process.stdout.write(`\n$ jixiao validate ${SAMPLE}\n`);
  // Exit code 1 only means the sample has errors; the demo goes on.
  run(process.execPath, [path.join(ROOT, "bin", "jixiao.js"), "validate", SAMPLE]);

  if (!fs.existsSync(path.join(DIST, "demo.html"))) npm("build");

  const server = createStaticServer(DIST);
  server.on("error", (e) => {
    process.stderr.write(
      `无法在端口 ${port} 启动演示服务器：${e.message} / Cannot serve the demo on port ${port}: ${e.message}\n`,
    );
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    process.stdout.write(
      `\n演示 / Demo: http://localhost:${port}/demo.html\n` +
        `English: http://localhost:${port}/demo.html?lang=en-US\n` +
        `按 Ctrl-C 停止。 / Press Ctrl-C to stop.\n`,
    );
  });
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

module.exports = { createStaticServer };

if (require.main === module) main();
