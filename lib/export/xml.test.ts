import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { hasXmlForbidden, stripXmlForbidden, xmlAttr, xmlIds, xmlText } from "./xml";

const parse = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");

describe("stripXmlForbidden", () => {
  it.each([
    ["plain", "plain"],
    ["a\u0000b\u0008c\u000bd\u000ce\u001ff", "abcdef"],
    ["tab\tnl\ncr\r", "tab\tnl\ncr\r"],
    ["x\uFFFEy\uFFFFz", "xyz"],
    ["lone high \uD800!", "lone high !"],
    ["lone low \uDC00!", "lone low !"],
    ["pair 😀 kept", "pair 😀 kept"],
    ["reversed \uDE00\uD83D pair", "reversed  pair"],
    ["\u007f\u0085 kept (allowed, if discouraged)", "\u007f\u0085 kept (allowed, if discouraged)"],
  ])("%j → %j", (input, expected) => {
    expect(stripXmlForbidden(input)).toBe(expected);
    expect(hasXmlForbidden(expected)).toBe(false);
  });
  it("says whether a string needs cleaning, repeatably", () => {
    expect(hasXmlForbidden("a\u0001")).toBe(true);
    expect(hasXmlForbidden("a\u0001")).toBe(true);
    expect(hasXmlForbidden("a")).toBe(false);
  });
});

describe("xmlText and xmlAttr", () => {
  const hostile = `"q" 'a' <b> & &amp; \t tab\nline\r\nCR\u0001 😀 ]]>`;
  it("round-trip through an XML parser (whitespace included)", () => {
    const doc = parse(`<a x="${xmlAttr(hostile)}">${xmlText(hostile)}</a>`);
    const cleaned = stripXmlForbidden(hostile);
    expect(doc.documentElement!.getAttribute("x")).toBe(cleaned);
    expect(doc.documentElement!.textContent).toBe(cleaned);
  });
  it("never leave markup characters", () => {
    expect(xmlAttr(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
    expect(xmlText("<&>")).toBe("&lt;&amp;&gt;");
  });
});

describe("xmlIds", () => {
  it("keeps clean keys and makes cleaned ones unique", () => {
    const ids = xmlIds(["a\u0001", "a", "b", "a\u0002", "a~2"]);
    expect(ids.get("a")).toBe("a");
    expect(ids.get("b")).toBe("b");
    expect(ids.get("a~2")).toBe("a~2");
    expect(new Set(ids.values()).size).toBe(5);
    expect(ids.get("a\u0001")).toBe("a~3");
    expect(ids.get("a\u0002")).toBe("a~4");
  });
});
