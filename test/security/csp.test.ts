/**
 * The pages' Content-Security-Policy: scripts only from the add-in's origin (and Office's CDN for
 * the pages Office loads), no eval, no plugins, no inline script; in the page templates (csp-built.test.ts
 * checks the built pages, with the browser tests, after `npm run build`).
 */
import fs from "fs";
import path from "path";
import { assertPagePolicy, inlineHandlers, PAGES, pagePolicy, ROOT, scriptTags } from "./pages";

describe("Content-Security-Policy of the page templates", () => {
  it.each(PAGES)("$file", ({ file, scripts }) => {
    assertPagePolicy(fs.readFileSync(path.join(ROOT, file), "utf8"), scripts);
  });

  it("parses a policy the way a browser reads it", () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-eval'; object-src 'none'">`;
    expect(pagePolicy(html)?.get("script-src")).toEqual(["'self'", "'unsafe-eval'"]);
    expect(() => assertPagePolicy(html, ["'self'", "'unsafe-eval'"])).toThrow();
    expect(pagePolicy("<meta charset=utf-8>")).toBeNull();
    expect(scriptTags("<script>alert(1)</script><script defer src=a.js></script>")).toEqual([
      { src: null, inline: "alert(1)" },
      { src: "a.js", inline: "" },
    ]);
    expect(inlineHandlers('<body onload="x()">')).toHaveLength(1);
  });
});
