/** The demo's static server (scripts/demo.js): files under its root only, with the right types. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { request, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";

const { createStaticServer } = require("../../scripts/demo.js") as {
  createStaticServer: (root: string, index?: string) => Server;
};

let dir: string;
let server: Server;
let port: number;

/** What no response may carry: the content of a file outside the served root. */
const SECRET = "s3cr3t-outside-dist";

/** Sends the path as is (no normalisation by a client), as an attacker would. */
function get(
  path: string,
  method = "GET",
): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"]),
          body,
          headers: res.headers,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jixiao-static-"));
  const root = join(dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "demo.html"), "<!doctype html><p>demo</p>");
  writeFileSync(join(root, "app.js"), "console.log(1)");
  writeFileSync(join(root, "assets", "a.xlsx"), "PK");
  writeFileSync(join(root, "assets", "i.png"), "png");
  writeFileSync(join(dir, "secret.txt"), SECRET);
  mkdirSync(join(dir, "outside"));
  writeFileSync(join(dir, "outside", "page.html"), SECRET);
  // Inside the root but not to be served: dotfiles and dot folders, links leading out.
  writeFileSync(join(root, ".env"), SECRET);
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, ".git", "config"), SECRET);
  writeFileSync(join(root, "assets", ".hidden"), SECRET);
  symlinkSync(join(dir, "secret.txt"), join(root, "link.txt"));
  symlinkSync(join(dir, "outside"), join(root, "linked-dir"));
  // A link that stays inside the root is fine.
  symlinkSync(join(root, "app.js"), join(root, "alias.js"));
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("static server", () => {
  it("serves files with their MIME types, and the demo at /", async () => {
    expect(await get("/demo.html")).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
    expect(await get("/")).toMatchObject({ status: 200, body: "<!doctype html><p>demo</p>" });
    expect((await get("/app.js")).type).toBe("text/javascript; charset=utf-8");
    expect((await get("/assets/i.png")).type).toBe("image/png");
    expect((await get("/assets/a.xlsx")).type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(await get("/demo.html?lang=en-US")).toMatchObject({ status: 200 });
    expect(await get("/demo.html", "HEAD")).toMatchObject({ status: 200, body: "" });
  });

  it("marks what it serves nosniff and uncached, with a stable type for each kind", async () => {
    const res = await get("/app.js");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(await get("/alias.js")).toMatchObject({ status: 200, body: "console.log(1)" });
  });

  it("never serves anything outside its root", async () => {
    const abs = join(dir, "secret.txt");
    const outside = [
      // plain and encoded parent segments
      "/../secret.txt",
      "/../../../../../../etc/passwd",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/.%2e/secret.txt",
      "/%2e./secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
      "/%252e%252e/secret.txt", // double encoding: a file named "%2e%2e", not a parent
      // backslashes, raw and encoded
      "/..\\secret.txt",
      "/..%5csecret.txt",
      "/assets\\..\\..\\secret.txt",
      "/assets%5c..%5c..%5csecret.txt",
      // absolute paths, as a path and as an absolute-form target
      "/" + abs,
      "//" + abs.replace(/^\//, ""),
      "/" + encodeURIComponent(abs),
      `http://127.0.0.1:1/..${abs.slice(dir.length)}`,
      "file://" + abs,
      // null bytes
      "/%00/../secret.txt",
      "/demo.html%00",
      "/..%00/secret.txt",
      // symlinks out of the root, to a file and to a folder
      "/link.txt",
      "/%6cink.txt",
      "/linked-dir/page.html",
      "/linked-dir/",
      // dotfiles and dot folders
      "/.env",
      "/%2eenv",
      "/.git/config",
      "/assets/.hidden",
      "/assets/%2ehidden",
    ];
    const served: string[] = [];
    for (const path of outside) {
      for (const method of ["GET", "HEAD"]) {
        const res = await get(path, method);
        if (res.status < 400 || res.body.includes(SECRET)) served.push(`${method} ${path} → ${res.status}`);
      }
    }
    expect(served).toEqual([]);
  });

  it("answers each refusal with its status and no detail of the machine", async () => {
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/demo.html%00")).status).toBe(400);
    expect((await get("http://127.0.0.1/demo.html")).status).toBe(400);
    expect((await get("/assets/..%2f..%2fnowhere.txt")).status).toBe(403); // send refuses a parent segment
    expect((await get("/link.txt")).status).toBe(404);
    expect((await get("/.env")).status).toBe(404);
    expect((await get("/assets")).status).toBe(404);
    expect((await get("/assets/")).status).toBe(404);
    expect((await get("/missing.js")).status).toBe(404);
    const post = await get("/demo.html", "POST");
    expect(post.status).toBe(405);
    expect(post.headers["allow"]).toBe("GET, HEAD");
    for (const path of ["/missing.js", "/link.txt", "/%E0%A4%A", "/assets/..%2f..%2fsecret.txt"]) {
      const { body } = await get(path);
      expect(body).not.toContain(dir);
      expect(body).not.toMatch(/\bat \w|Error:/); // no stack trace
    }
  });
});
