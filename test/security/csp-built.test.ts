/**
 * The built pages' Content-Security-Policy, in dist/: run with the browser tests, after `npm run build`
 * (a missing build fails here rather than skipping, so every run of `npm test` runs the same tests).
 */
import fs from "fs";
import path from "path";
import { assertPagePolicy, PAGES, ROOT } from "./pages";

describe("Content-Security-Policy of the built pages in dist/", () => {
  const dist = path.join(ROOT, "dist");
  it.each(PAGES)("dist/$built", ({ built: name, scripts }) => {
    assertPagePolicy(fs.readFileSync(path.join(dist, name), "utf8"), scripts);
  });
});
