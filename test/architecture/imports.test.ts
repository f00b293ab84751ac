/** The layering of src/: no import circles, and the pane reaches files only through its host. */
import madge from "madge";
import { readFileSync } from "fs";
import { join, relative } from "path";
import ts from "typescript";

const SRC = join(__dirname, "..", "..", "src");

/** Every import of src/ (static, dynamic and type-only), by madge, as paths relative to src/. */
let graph: Record<string, string[]>;
let circles: string[][];

beforeAll(async () => {
  const result = await madge(SRC, {
    fileExtensions: ["ts", "tsx"],
    tsConfig: join(SRC, "..", "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  graph = result.obj();
  circles = result.circular();
}, 60000);

/** The modules loaded with `entry`: its static imports, transitively, not `import()` nor types. */
function loadedAtStart(entry: string): Set<string> {
  const seen = new Set<string>();
  const host = ts.sys;
  const options: ts.CompilerOptions = {
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.ReactJSX,
  };
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    for (const s of source.statements) {
      let spec: ts.Expression | undefined;
      if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly) spec = s.moduleSpecifier;
      else if (ts.isExportDeclaration(s) && !s.isTypeOnly) spec = s.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      const resolved = ts.resolveModuleName(spec.text, file, options, host).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) visit(resolved.resolvedFileName);
    }
  };
  visit(join(SRC, entry));
  return new Set([...seen].map((f) => relative(SRC, f)));
}

describe("imports of src/", () => {
  test("madge reads the whole tree", () => {
    expect(Object.keys(graph).length).toBeGreaterThan(150);
    expect(graph["taskpane/index.tsx"]).toContain("taskpane/components/App.tsx");
  });

  test("no import circles, type-only imports included", () => {
    expect(circles).toEqual([]);
  });

  test("no file of the task pane imports the .xlsx host, not even on demand", () => {
    const offending = Object.entries(graph)
      .filter(([file]) => file.startsWith("taskpane/"))
      .flatMap(([file, deps]) =>
        deps.filter((d) => d.startsWith("hosts/xlsx/")).map((d) => `${file} → ${d}`),
      );
    expect(offending).toEqual([]);
  });

  test("the pane in Excel loads no file-reading code at start", () => {
    const start = loadedAtStart("taskpane/index.tsx");
    expect(start.has("taskpane/components/App.tsx")).toBe(true);
    expect([...start].filter((f) => f.startsWith("hosts/xlsx/"))).toEqual([]);
    // The reader comes only through the host's capability, fetched on first use.
    expect(start.has("hosts/readWorkbookFile.ts")).toBe(true);
    expect(graph["hosts/readWorkbookFile.ts"]).toContain("hosts/xlsx/read.ts");
  });

  test("core imports nothing outside core", () => {
    const offending = Object.entries(graph)
      .filter(([file]) => file.startsWith("core/"))
      .flatMap(([file, deps]) => deps.filter((d) => !d.startsWith("core/")).map((d) => `${file} → ${d}`));
    expect(offending).toEqual([]);
  });
});
