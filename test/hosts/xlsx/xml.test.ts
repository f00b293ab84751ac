import {
  CLOSE,
  END,
  OPEN,
  TEXT,
  XmlError,
  XmlScanner,
  decodeEntities,
  decodeOoxmlEscapes,
  encodeOoxmlEscapes,
} from "../../../src/hosts/xlsx/xml";

function tokens(xml: string): string[] {
  const x = new XmlScanner(xml);
  const out: string[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) out.push(`<${x.name}${x.selfClosing ? "/" : ""}>`);
    else if (t === CLOSE) out.push(`</${x.name}>`);
    else if (t === TEXT) out.push(JSON.stringify(x.text()));
  }
  return out;
}

describe("XmlScanner", () => {
  test("elements, prefixes, self-closing tags, declarations and comments", () => {
    expect(tokens('<?xml version="1.0"?>\n<!-- c --><x:a><x:b/><c>t</c></x:a>')).toEqual([
      "<a>",
      "<b/>",
      "<c>",
      '"t"',
      "</c>",
      "</a>",
    ]);
  });

  test("entities and character references", () => {
    expect(tokens("<t>&amp;&lt;&gt;&quot;&apos;&#20013;&#x6587;&#x1F600;</t>")).toEqual([
      "<t>",
      '"&<>\\"\'中文😀"',
      "</t>",
    ]);
    expect(decodeEntities("a &amp;amp; b")).toBe("a &amp; b");
  });

  test("attributes: either quote, '>' inside a value, entities, by local name", () => {
    const x = new XmlScanner(`<c r="A1" s='2' x:t="s" f="a>b &amp; c" xml:space="preserve"/>`);
    expect(x.next()).toBe(OPEN);
    expect([x.attr("r"), x.attr("s"), x.attr("t"), x.attr("f"), x.attr("space")]).toEqual([
      "A1",
      "2",
      "s",
      "a>b & c",
      "preserve",
    ]);
    expect(x.attr("missing")).toBeUndefined();
  });

  test("xml:space text keeps its white space; CDATA is text, not markup", () => {
    expect(tokens('<t xml:space="preserve">  a  </t>')).toEqual(["<t>", '"  a  "', "</t>"]);
    expect(tokens("<t><![CDATA[<b>&amp;]]></t>")).toEqual(["<t>", '"<b>&amp;"', "</t>"]);
  });

  test("line breaks are normalised as XML requires", () => {
    expect(tokens("<t>a\r\nb\rc</t>")).toEqual(["<t>", '"a\\nb\\nc"', "</t>"]);
  });

  test("a byte order mark is skipped", () => {
    expect(tokens("\uFEFF<a/>")).toEqual(["<a/>"]);
  });

  test.each([
    ["<a><b></a>"],
    ["<a>"],
    ["<a"],
    ["<a x=1/>"],
    ["<a>&nbsp;</a>"],
    ["<a>&#0;</a>"],
    ["<a/><b/>"],
    ["text"],
    [""],
    ["<a><!-- open </a>"],
  ])("malformed %p throws XmlError", (xml) => {
    expect(() => tokens(xml)).toThrow(XmlError);
  });

  test("OOXML _xHHHH_ escapes", () => {
    expect(decodeOoxmlEscapes("a_x000D_b_x005F_x0041_")).toBe("a\rb_x0041_");
    expect(encodeOoxmlEscapes("a\rb_x0041_\u0001")).toBe("a_x000D_b_x005F_x0041__x0001_");
    expect(decodeOoxmlEscapes(encodeOoxmlEscapes("x_x0041_\r\u0002y"))).toBe("x_x0041_\r\u0002y");
  });
});
