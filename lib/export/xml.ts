/**
 * XML text for exports (GEXF, GraphML, SVG). XML 1.0 cannot carry every string: C0 controls other
 * than tab, newline and carriage return, lone UTF-16 surrogates and U+FFFE/U+FFFF are not
 * characters of the language, not even as `&#…;` references. They are removed here, so an export
 * always parses; everything else is kept and escaped. Runs in O(n).
 */

// C0 controls except \t \n \r; U+FFFE, U+FFFF; a high surrogate not followed by a low one; a low one not preceded by a high one.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string without the characters XML 1.0 forbids. */
export function stripXmlForbidden(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/** Does the string contain a character XML 1.0 forbids? */
export function hasXmlForbidden(value: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(value);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/**
 * Element text. `\r` becomes `&#13;` because parsers turn a literal CR (and CRLF) into LF.
 */
export function xmlText(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

/**
 * A double-quoted attribute value. Tab, newline and CR become character references, because
 * parsers replace literal ones with spaces (attribute-value normalisation).
 */
export function xmlAttr(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}
const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * XML ids for keys. A key XML can carry keeps itself; one that cannot is cleaned, and when the
 * cleaned form is taken ("a\u0001" and "a" both become "a") it gets "~2", "~3"… Returns key → id.
 */
export function xmlIds(keys: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const dirty: string[] = [];
  for (const key of keys) {
    if (hasXmlForbidden(key)) dirty.push(key);
    else {
      out.set(key, key);
      used.add(key);
    }
  }
  for (const key of dirty) {
    const clean = stripXmlForbidden(key);
    let id = clean;
    for (let n = 2; used.has(id); n++) id = `${clean}~${n}`;
    used.add(id);
    out.set(key, id);
  }
  return out;
}
