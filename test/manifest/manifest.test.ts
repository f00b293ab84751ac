import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { SaxesParser } from "saxes";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const BASE = "https://localhost:3000/";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function parseXml(xml: string): Node {
  const parser = new SaxesParser();
  const root: Node = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: Node[] = [root];
  parser.on("opentag", (tag) => {
    const node: Node = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node) => {
    if (n.name === name) found.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return found;
}

function one(node: Node, name: string): Node {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function child(node: Node, name: string): Node | undefined {
  return node.children.find((c) => c.name === name);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file in assets/ behind a manifest URL. */
function assetFile(url: string): string {
  expect(url.startsWith(BASE + "assets/")).toBe(true);
  return join(ROOT, url.slice(BASE.length));
}

const manifest = parseXml(readFileSync(MANIFEST, "utf8"));
const urls = new Map(all(manifest, "bt:Url").map((u) => [u.attrs.id, u.attrs.DefaultValue]));
const images = new Map(
  all(manifest, "bt:Image")
    .filter((i) => i.attrs.id)
    .map((i) => [i.attrs.id, i.attrs.DefaultValue]),
);

describe("manifest.xml", () => {
  it("is read by office-addin-manifest", () => {
    const out = execFileSync(
      join(ROOT, "node_modules", ".bin", "office-addin-manifest"),
      ["info", MANIFEST],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(out).toContain("Id: 6e03524a-0dbc-4e04-9f50-5679a1576713");
    expect(out).toContain("Name: 绩效目标表助手");
    expect(out).toContain("Version: 0.1.0.0");
    expect(out).toContain("Hosts: Workbook");
    expect(out).toContain("Type: TaskPaneApp");
    expect(out).toContain("Permissions: ReadWriteDocument");
    expect(out).toContain("Source Location: https://localhost:3000/taskpane.html");
  });

  it("is a task pane add-in for Excel with a GUID id, asking only for ReadWriteDocument", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(one(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(manifest, "ProviderName").text.trim()).not.toBe("");
    const topHosts = child(manifest, "Hosts")!.children.map((h) => h.attrs.Name);
    expect(topHosts).toEqual(["Workbook"]);
    expect(all(manifest, "Permissions").map((p) => p.text.trim())).toEqual(["ReadWriteDocument"]);
    const sets = all(manifest, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(all(manifest, "AppDomain")).toEqual([]);
  });

  it("points every URL at https://localhost:3000/, at pages and icons the build provides", () => {
    const found: string[] = [];
    const walk = (n: Node) => {
      for (const [k, v] of Object.entries(n.attrs))
        if (!k.startsWith("xmlns") && /^\w+:\/\//.test(v)) found.push(v);
      n.children.forEach(walk);
    };
    walk(manifest);
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) expect(url.startsWith(BASE)).toBe(true);
    const pages = new Set(
      found.filter((u) => !u.includes("/assets/")).map((u) => new URL(u).pathname.slice(1)),
    );
    expect([...pages].sort()).toEqual(["commands.html", "demo.html", "taskpane.html"]);
    // Each page is built from src/<name>/<name>.html.
    for (const page of pages)
      expect(existsSync(join(ROOT, "src", page.replace(".html", ""), page))).toBe(true);
  });

  it("references icons that exist in assets/ at the stated pixel sizes", () => {
    expect(pngSize(assetFile(one(manifest, "IconUrl").attrs.DefaultValue))).toEqual({
      width: 32,
      height: 32,
    });
    expect(pngSize(assetFile(one(manifest, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({
      width: 64,
      height: 64,
    });
    const refs = all(manifest, "bt:Image").filter((i) => i.attrs.resid);
    expect(refs.length).toBe(9);
    for (const ref of refs) {
      const size = Number(ref.attrs.size);
      const url = images.get(ref.attrs.resid);
      expect(url).toBeDefined();
      expect(pngSize(assetFile(url!))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(existsSync(join(ROOT, "assets", "logo-filled.png"))).toBe(true);
  });

  it("defaults to zh-CN and overrides every name, description, label and tooltip in en-US", () => {
    expect(one(manifest, "DefaultLocale").text).toBe("zh-CN");
    const localized = [child(manifest, "DisplayName")!, child(manifest, "Description")!];
    const strings = all(manifest, "bt:String");
    expect(strings.length).toBe(7);
    for (const node of [...localized, ...strings]) {
      expect(node.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      const overrides = node.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
      expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
      expect(overrides[0].attrs.Value).toMatch(/^[\x20-\x7e\u2018-\u201d\u4e00-\u9fff（）]+$/);
      expect(overrides[0].attrs.Value).toMatch(/[A-Za-z]{3}/);
    }
    // Every label and tooltip a control uses is one of those strings.
    const ids = new Set(strings.map((s) => s.attrs.id));
    for (const name of ["Label", "Title", "Description"]) {
      for (const n of all(manifest, name)) if (n.attrs.resid) expect(ids.has(n.attrs.resid)).toBe(true);
    }
  });

  it("puts 一键检查 and 指标库 on the Home tab, both opening the one task pane", () => {
    const tab = one(manifest, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const controls = all(tab, "Control");
    expect(controls.map((c) => c.attrs["xsi:type"])).toEqual(["Button", "Button"]);
    const label = (resid: string) =>
      all(manifest, "bt:String").find((s) => s.attrs.id === resid)!.attrs.DefaultValue;
    expect(controls.map((c) => label(child(c, "Label")!.attrs.resid))).toEqual(["一键检查", "指标库"]);
    const actions = controls.map((c) => child(c, "Action")!);
    expect(actions.map((a) => a.attrs["xsi:type"])).toEqual(["ShowTaskpane", "ShowTaskpane"]);
    const paneIds = actions.map((a) => child(a, "TaskpaneId")!.text);
    expect(paneIds[0]).toBe(paneIds[1]);
    const sources = actions.map((a) => urls.get(child(a, "SourceLocation")!.attrs.resid));
    expect(sources).toEqual([BASE + "taskpane.html?action=check", BASE + "taskpane.html?tab=library"]);
    for (const c of controls) {
      expect(all(c, "bt:Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
    }
    expect(urls.get(one(manifest, "FunctionFile").attrs.resid)).toBe(BASE + "commands.html");
  });
});
