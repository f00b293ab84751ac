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

/** Sends the path as is (no normalisation by a client), as an attacker would. */
function get(path: string, method = "GET"): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }),
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
  writeFileSync(join(dir, "secret.txt"), "secret");
  symlinkSync(join(dir, "secret.txt"), join(root, "link.txt"));
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

  it("never serves anything outside its root", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/link.txt",
    ]) {
      const res = await get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain("secret");
    }
    expect((await get("/%E0%A4%A")).status).toBe(403);
    expect((await get("/assets")).status).toBe(404);
    expect((await get("/missing.js")).status).toBe(404);
    expect((await get("/demo.html", "POST")).status).toBe(405);
  });
});
