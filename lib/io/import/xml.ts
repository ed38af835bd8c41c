/**
 * A small, strict XML reader for GEXF and GraphML: events (open, text, close) with line numbers and
 * the path of open elements, in Node, the browser and a Web Worker alike (no DOM, no DOMParser,
 * whose Chromium form returns a `parsererror` document instead of throwing). It never expands
 * entities and never fetches anything:
 * - a DOCTYPE or any other `<!…>` declaration (ENTITY, ELEMENT, ATTLIST) is refused, so no
 *   internal or external entity can exist; only the five predefined entities and character
 *   references are decoded, and any other `&name;` is an error;
 * - the document must be well formed: one root, matching end tags, quoted unique attributes, no
 *   `<` in attribute values, no text outside the root;
 * - a document that ends with elements still open is an error naming the outermost open element:
 *   truncated XML never yields a partial graph.
 * Line endings are normalised (CRLF and CR read as LF), attribute values as XML says (tab and
 * newline become spaces). Namespaced names arrive as written (`viz:color`). O(n).
 */

export interface XmlAttributes {
  [name: string]: string;
}

export interface XmlHandler {
  /** When true, character data (text and CDATA) inside elements is passed to `text`. */
  wantText: boolean;
  open(name: string, attributes: XmlAttributes, line: number): void;
  text(value: string): void;
  close(name: string, line: number): void;
}

export interface XmlError {
  code: "xml-syntax" | "xml-doctype" | "xml-truncated";
  line: number;
  message: string;
  /** The path of open elements where it happened ("graphml/graph/node"). */
  element?: string;
}

export const MAX_XML_DEPTH = 256;

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const NAME = /[^\s/>=<"'!?]+/y;
const ATTR = /[ \t\n]+([^\s=/>"'<]+)[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /[ \t\n]*(\/?)>/y;

class Stop extends Error {
  constructor(readonly error: XmlError) {
    super(error.message);
  }
}

/** Decode the predefined entities and character references; anything else is an error. */
function decodeEntities(s: string, fail: (message: string) => never): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&([^;&\s<]{0,32});|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) return fail('a bare "&" (write &amp;)');
    if (ref.startsWith("#")) {
      const cp = ref[1] === "x" ? (/^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : NaN) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fail(`a bad character reference ${m}`);
      return String.fromCodePoint(cp);
    }
    const v = PREDEFINED[ref];
    if (v === undefined) return fail(`the entity ${m} is not defined (only &lt; &gt; &amp; &quot; &apos; exist without a DTD, and DTDs are refused)`);
    return v;
  });
}

/**
 * Parse `text`, calling the handler. Returns null when the document is well formed, else the first
 * error. Exceptions the handler throws pass through.
 */
export function parseXml(input: string, handler: XmlHandler, options: { onProgress?: (fraction: number) => void; maxDepth?: number } = {}): XmlError | null {
  const text = input.indexOf("\r") === -1 ? input : input.replace(/\r\n?/g, "\n");
  const n = text.length;
  const maxDepth = options.maxDepth ?? MAX_XML_DEPTH;
  const stack: { name: string; line: number }[] = [];
  let rootSeen = false;
  let line = 1;
  let counted = 0;
  let nextProgress = 1 << 16;
  const at = (pos: number) => {
    for (let k = text.indexOf("\n", counted); k !== -1 && k < pos; k = text.indexOf("\n", k + 1)) line++;
    counted = pos;
    return line;
  };
  const path = () => stack.map((s) => s.name).join("/") || undefined;
  const fail = (code: XmlError["code"], message: string, pos?: number): never => {
    throw new Stop({ code, line: pos === undefined ? line : at(pos), message, element: path() });
  };
  const truncated = (what: string, pos: number): never => {
    const outer = stack[0];
    return fail("xml-truncated", `the file ends inside ${what}${outer ? `, with <${outer.name}> (line ${outer.line}) still open` : ""}: it is truncated`, pos);
  };
  const charData = (raw: string, pos: number) => {
    if (stack.length === 0) {
      if (raw.trim() !== "") fail("xml-syntax", rootSeen ? "text after the root element's end" : "text before the root element", pos);
      return;
    }
    if (handler.wantText) handler.text(decodeEntities(raw, (m) => fail("xml-syntax", m, pos)));
  };

  try {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < n) {
      if (i >= nextProgress) {
        options.onProgress?.(i / n);
        nextProgress = i + (1 << 16);
      }
      const lt = text.indexOf("<", i);
      if (lt === -1) {
        charData(text.slice(i), i);
        break;
      }
      if (lt > i) charData(text.slice(i, lt), i);
      const c = text.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = text.indexOf(">", lt);
        if (gt === -1) truncated("an end tag", lt);
        const name = text.slice(lt + 2, gt).trim();
        const open = stack.pop();
        if (!open) fail("xml-syntax", `</${name}> closes nothing`, lt);
        else if (open.name !== name) {
          stack.push(open);
          fail("xml-syntax", `</${name}> closes <${open.name}> (opened at line ${open.line})`, lt);
        }
        handler.close(name, at(lt));
        i = gt + 1;
        continue;
      }
      if (c === 63 /* ? */) {
        const end = text.indexOf("?>", lt + 2);
        if (end === -1) truncated("a processing instruction", lt);
        i = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (text.startsWith("<!--", lt)) {
          const end = text.indexOf("-->", lt + 4);
          if (end === -1) truncated("a comment", lt);
          i = end + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", lt)) {
          if (stack.length === 0) fail("xml-syntax", "CDATA outside the root element", lt);
          const end = text.indexOf("]]>", lt + 9);
          if (end === -1) truncated("a CDATA section", lt);
          if (handler.wantText) handler.text(text.slice(lt + 9, end));
          i = end + 3;
          continue;
        }
        const decl = /^<!([A-Z]+)/.exec(text.slice(lt, lt + 12))?.[1] ?? "";
        fail(
          "xml-doctype",
          decl === "DOCTYPE"
            ? "the file has a DOCTYPE declaration; it is refused, so no entity is ever expanded and nothing is fetched"
            : `the file has a <!${decl}> declaration; declarations are refused, so no entity is ever expanded and nothing is fetched`,
          lt,
        );
      }
      // A start tag.
      NAME.lastIndex = lt + 1;
      const nm = NAME.exec(text);
      if (!nm) {
        if (lt + 1 >= n) truncated("a tag", lt);
        fail("xml-syntax", `"<" not followed by a tag name`, lt);
      }
      const name = nm![0];
      if (stack.length === 0 && rootSeen) fail("xml-syntax", `a second root element <${name}>`, lt);
      const attributes = Object.create(null) as XmlAttributes;
      let pos = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = pos;
        const a = ATTR.exec(text);
        if (!a) break;
        const attrName = a[1]!;
        const raw = a[2] ?? a[3]!;
        if (raw.indexOf("<") !== -1) fail("xml-syntax", `"<" inside the value of ${attrName} on <${name}>`, pos);
        if (attrName in attributes) fail("xml-syntax", `<${name}> repeats the attribute ${attrName}`, pos);
        attributes[attrName] = decodeEntities(raw, (m) => fail("xml-syntax", `${m} in ${attrName} on <${name}>`, pos)).replace(/[\t\n]/g, " ");
        pos = ATTR.lastIndex;
      }
      TAG_END.lastIndex = pos;
      const end = TAG_END.exec(text);
      if (!end) {
        if (text.indexOf(">", pos) === -1) truncated(`the tag <${name}>`, lt);
        fail("xml-syntax", `a malformed attribute in <${name}> (values need quotes; names need a value)`, pos);
      }
      const tagLine = at(lt);
      rootSeen = true;
      stack.push({ name, line: tagLine });
      if (stack.length > maxDepth) fail("xml-syntax", `elements nest more than ${maxDepth} deep`, lt);
      handler.open(name, attributes, tagLine);
      if (end![1] === "/") {
        stack.pop();
        handler.close(name, tagLine);
      }
      i = TAG_END.lastIndex;
    }
    if (stack.length > 0) truncated(`<${stack.at(-1)!.name}>`, n);
    if (!rootSeen) fail("xml-syntax", "no root element", n);
  } catch (e) {
    if (e instanceof Stop) return e.error;
    throw e;
  }
  options.onProgress?.(1);
  return null;
}

/** The local part of a namespaced name: "viz:color" → "color". */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A typed value as GEXF and GraphML declare it: integers, decimals (INF, -INF and NaN as XML
 * Schema writes them), booleans (true/false/1/0); everything else text. Undefined when the text
 * does not fit its type (the caller keeps it as text and reports it).
 */
export function typedValue(raw: string, type: string): string | number | boolean | undefined {
  const t = type.toLowerCase();
  const s = raw.trim();
  if (t === "integer" || t === "int" || t === "long" || t === "short" || t === "byte") return INTEGER.test(s) ? Number(s) : undefined;
  if (t === "float" || t === "double") {
    if (DECIMAL.test(s)) return Number(s);
    if (s === "INF" || s === "Infinity") return Infinity;
    if (s === "-INF" || s === "-Infinity") return -Infinity;
    if (s === "NaN") return NaN;
    return undefined;
  }
  if (t === "boolean") return s === "true" || s === "1" ? true : s === "false" || s === "0" ? false : undefined;
  return raw;
}

/**
 * Run a GEXF or GraphML reader's handler over a file and settle the outcome the same way for both:
 * an XML error is an import error; `done()` says whether the reader met a fatal problem and the
 * file's default direction (undefined when the file has no `<graph>`).
 */
export function readXmlGraph(
  file: { name: string; text: string },
  log: { error(issue: { file: string; line?: number; element?: string; code: XmlError["code"] | "xml-shape"; message: string; action?: string }): void },
  handler: XmlHandler,
  progress: (fraction: number) => void,
  done: () => { fatal: boolean; root: string; directed: boolean | undefined },
): false | { directed: boolean } {
  const error = parseXml(file.text, handler, { onProgress: progress });
  if (error) {
    log.error({ file: file.name, line: error.line, element: error.element, code: error.code, message: error.message, action: "nothing imported" });
    return false;
  }
  const { fatal, root, directed } = done();
  if (fatal) return false;
  if (directed === undefined) {
    log.error({ file: file.name, line: 1, code: "xml-shape", element: root, message: "the file has no <graph> element", action: "nothing imported" });
    return false;
  }
  return { directed };
}
