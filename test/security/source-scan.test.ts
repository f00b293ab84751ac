/**
 * Nothing in src/ runs a string as code, writes markup from a string, or talks to the network:
 * every .ts/.tsx file is parsed with the TypeScript compiler and its syntax tree searched (so
 * comments and strings that merely mention these names do not count).
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { SAMPLES } from "../../src/demo/samples";
import { ROOT } from "./pages";

function sourceFiles(dir: string): string[] {
  // Sorted: readdir's order is the file system's, and the findings are listed in this order.
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  what: string;
}

/** Names whose property access or call is a network request or a way to run code. */
const NETWORK_GLOBALS = new Set([
  "XMLHttpRequest",
  "WebSocket",
  "EventSource",
  "RTCPeerConnection",
  "WebTransport",
]);
const NAVIGATOR_NETWORK = new Set(["sendBeacon", "serviceWorker", "connection"]);
const MARKUP_SINKS = new Set(["innerHTML", "outerHTML"]);
const MARKUP_CALLS = new Set(["insertAdjacentHTML", "createContextualFragment", "parseFromString"]);

function calleeName(e: ts.Expression): string {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return `${calleeName(e.expression)}.${e.name.text}`;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteral(e.argumentExpression))
    return `${calleeName(e.expression)}.${e.argumentExpression.text}`;
  return "?";
}

/** Every dangerous construct of one file. */
function scan(file: string, text: string): Finding[] {
  const kind = /\.tsx$/.test(file)
    ? ts.ScriptKind.TSX
    : /\.ts$/.test(file)
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: Finding[] = [];
  const add = (node: ts.Node, what: string) =>
    out.push({
      file: path.relative(ROOT, file),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      what,
    });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      const last = name.split(".").pop()!;
      if (last === "eval") add(node, "eval(…)");
      if (last === "Function") add(node, "Function(…)");
      if (name === "document.write" || name === "document.writeln") add(node, name);
      if (MARKUP_CALLS.has(last)) add(node, `${last}(…)`);
      if (last === "fetch") add(node, "fetch(…)");
      if (NETWORK_GLOBALS.has(last)) add(node, `new ${last}`);
      if (last === "importScripts" || name === "window.open") add(node, name);
      if (
        (last === "setTimeout" || last === "setInterval") &&
        node.arguments?.[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      )
        add(node, `${last} with a string`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      // A relative module, or a package the project depends on by name (loaded on demand), never a URL.
      if (!arg || !ts.isStringLiteral(arg) || !(arg.text.startsWith(".") || DEPENDENCIES.has(arg.text)))
        add(node, "import() of a computed or remote module");
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (ts.isPropertyAccessExpression(left) && MARKUP_SINKS.has(left.name.text))
        add(node, `${left.name.text} =`);
      if (
        ts.isPropertyAccessExpression(left) &&
        left.name.text === "src" &&
        /script/i.test(left.expression.getText())
      )
        add(node, "script.src =");
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === "dangerouslySetInnerHTML")
      add(node, "dangerouslySetInnerHTML");
    if (ts.isJsxAttribute(node) && /^(srcDoc|srcdoc)$/.test(node.name.getText())) add(node, "srcDoc");
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "navigator"
    ) {
      if (NAVIGATOR_NETWORK.has(node.name.text)) add(node, `navigator.${node.name.text}`);
    }
    if (
      ts.isIdentifier(node) &&
      NETWORK_GLOBALS.has(node.text) &&
      !ts.isPropertyAccessExpression(node.parent)
    ) {
      add(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((f, i) => out.findIndex((g) => g.line === f.line && g.what === f.what) === i);
}

/** The one network call of the add-in: the demo fetches a sample bundled with it, from its own origin. */
const DEPENDENCIES = new Set(
  Object.keys(
    (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: object })
      .dependencies,
  ),
);
const ALLOWED = [{ file: "src/demo/loadWorkbook.ts", what: "fetch(…)" }];

describe("source scan of src/", () => {
  const files = sourceFiles(path.join(ROOT, "src"));

  it("finds the constructs it looks for (the scanner itself)", () => {
    const bad = [
      "eval('1');",
      "window.eval(x);",
      "new Function('return 1');",
      "Function('x')();",
      "el.innerHTML = s;",
      "el.outerHTML = s;",
      "el.insertAdjacentHTML('beforeend', s);",
      "document.write(s);",
      "fetch('https://x');",
      "new XMLHttpRequest();",
      "new WebSocket(u);",
      "navigator.sendBeacon(u, d);",
      "new EventSource(u);",
      "setTimeout('alert(1)', 1);",
      "import(url);",
      "const x = <div dangerouslySetInnerHTML={{ __html: s }} />;",
    ];
    for (const line of bad) expect(scan("probe.tsx", line).length).toBeGreaterThan(0);
    const fine = [
      "// eval(x) and new Function() and innerHTML = are only words here",
      "const s = 'fetch( XMLHttpRequest document.write(';",
      "el.textContent = s;",
      "setTimeout(() => 1, 5);",
      "import('./library/LibraryTab');",
    ];
    for (const line of fine) expect(scan("probe.tsx", line)).toEqual([]);
  });

  it("has no eval, Function constructor, markup sink or network call besides the demo's sample fetch", () => {
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => scan(f, fs.readFileSync(f, "utf8")));
    expect(found.map(({ file, what }) => ({ file, what }))).toEqual(ALLOWED);
  });

  it("the demo fetches its bundled samples from its own origin only", () => {
    const page = new URL("https://jixiao.example/demo.html");
    for (const sample of SAMPLES) {
      expect(new URL(sample.url, page).origin).toBe(page.origin);
      expect(sample.url).toMatch(/^assets\/samples\/[\w.-]+\.xlsx$/);
    }
    // The only caller hands it one of those samples.
    const callers = files.filter((f) => /fetchWorkbook\(/.test(fs.readFileSync(f, "utf8")));
    expect(callers.map((f) => path.relative(ROOT, f)).sort()).toEqual([
      "src/demo/DemoPage.tsx",
      "src/demo/loadWorkbook.ts",
    ]);
    const page2 = fs.readFileSync(path.join(ROOT, "src/demo/DemoPage.tsx"), "utf8");
    expect(page2.match(/fetchWorkbook\([^)]*\)/g)).toEqual(["fetchWorkbook(sample.url, read)"]);
  });

  it("has no URL in code but Office's CDN (in the HTML pages)", () => {
    const urls = files.flatMap((f) => {
      const sf = ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
      const found: string[] = [];
      const visit = (n: ts.Node): void => {
        if (ts.isStringLiteralLike(n) && /\b(?:https?|wss?):\/\//i.test(n.text))
          found.push(`${path.relative(ROOT, f)}: ${n.text}`);
        ts.forEachChild(n, visit);
      };
      visit(sf);
      return found;
    });
    expect(urls).toEqual([]);
  });
});
