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
const { URL } = require("url");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const SAMPLE = "assets/samples/tianhe-2019.xlsx";
const DEFAULT_PORT = 3001;

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file under `root` a URL path names, or null when it would leave `root`. */
function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * A static file server for `root` (GET and HEAD only; nothing outside `root`, symlinks included).
 * `/` serves `index`. Returns the http.Server, not yet listening.
 */
function createStaticServer(root, index = "demo.html") {
  const realRoot = fs.realpathSync(root);
  return http.createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        "Content-Type": "text/plain; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed");
    const pathname = new URL(req.url || "/", "http://localhost").pathname;
    const file = resolveUnder(realRoot, pathname === "/" ? "/" + index : pathname);
    if (!file) return send(403, "Forbidden");
    fs.realpath(file, (err, real) => {
      if (err || !(real === realRoot || real.startsWith(realRoot + path.sep))) return send(404, "Not Found");
      fs.stat(real, (statErr, stat) => {
        if (statErr || !stat.isFile()) return send(404, "Not Found");
        res.writeHead(200, {
          "Content-Type": MIME[path.extname(real).toLowerCase()] || "application/octet-stream",
          "Content-Length": stat.size,
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "no-cache",
        });
        if (req.method === "HEAD") return res.end();
        fs.createReadStream(real).pipe(res);
      });
    });
  });
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

module.exports = { createStaticServer, resolveUnder, MIME };

if (require.main === module) main();
