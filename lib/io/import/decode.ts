/**
 * Bytes → text, deciding the encoding and refusing what is not text. In order:
 * 1. an empty file is an error;
 * 2. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); UTF-32 is refused;
 * 3. known binary signatures (ZIP — so .xlsx/.docx —, gzip, PDF, PNG, JPEG, GIF, SQLite, ELF, 7z,
 *    bzip2) are refused with what they look like;
 * 4. without a BOM, NUL bytes at every other position mean UTF-16 (read with a warning);
 * 5. valid UTF-8 is read as UTF-8; otherwise the text is read as Windows-1252 (the superset of
 *    Latin-1 that spreadsheets write) with a warning naming the line of the first invalid byte;
 * 6. text whose first 64K characters are more than 5% control characters (NUL included) is
 *    refused as binary; a stray one is kept (the Atlas's own CSV export can carry one in a label).
 * Line endings are left alone (every reader accepts LF, CRLF and CR). O(n).
 */
import type { IssueLog } from "./issues";
import type { ImportFile } from "./types";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedFile {
  name: string;
  text: string;
  encoding: TextEncoding;
  bytes: number;
}

const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (Excel .xlsx and Word files are ZIP archives)", hint: "save the sheet as CSV, or unzip the archive first" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: "an empty ZIP archive", hint: "unzip it first" },
  { bytes: [0x1f, 0x8b], what: "a gzip-compressed file", hint: "decompress it first" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document", hint: "export the data as CSV, JSON, GEXF or GraphML" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image", hint: "import the data file, not a picture of it" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image", hint: "import the data file, not a picture of it" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image", hint: "import the data file, not a picture of it" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: "an SQLite database", hint: "export a table as CSV" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an executable", hint: "choose the data file" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive", hint: "extract it first" },
  { bytes: [0x42, 0x5a, 0x68], what: "a bzip2-compressed file", hint: "decompress it first" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Office document (.xls/.doc)", hint: "save the sheet as CSV" },
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** 1-based line of byte offset `at` (counting LF bytes, or CR alone). */
export function lineOfByte(b: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < b.length; i++) if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** "le" or "be" when the sample looks like UTF-16 without a BOM (NULs in one half of the byte pairs), else null. */
function sniffUtf16(b: Uint8Array): "le" | "be" | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "be";
  return null;
}

/** Share of characters in the first 64K that are C0 controls other than tab, LF, CR, or U+FFFD. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / n;
}

/** Decode one file, or log an error and return null. */
export function decodeFile(file: ImportFile, log: IssueLog): DecodedFile | null {
  const utf8Bom = file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf;
  const b = utf8Bom ? file.bytes.subarray(3) : file.bytes;
  const at = { file: file.name };
  if (b.length === 0) {
    log.error({ ...at, code: "empty-file", message: utf8Bom ? "the file is empty (a byte-order mark only)" : "the file is empty", action: "nothing imported" });
    return null;
  }
  const done = (encoding: TextEncoding, text: string): DecodedFile | null => {
    if (controlShare(text) > 0.05) {
      const nul = text.indexOf("\u0000");
      log.error({
        ...at,
        code: "binary-file",
        line: nul === -1 ? undefined : text.slice(0, nul).split(/\r\n|\r|\n/).length,
        message: `the file does not look like text: it holds ${nul === -1 ? "control characters" : "NUL bytes and other control characters"} (read as ${encoding})`,
        action: "nothing imported: choose a CSV, JSON, GEXF or GraphML file",
      });
      return null;
    }
    return { name: file.name, text, encoding, bytes: file.bytes.length };
  };
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    log.error({ ...at, code: "encoding", message: "the file is UTF-32, which is not supported", action: "save it as UTF-8" });
    return null;
  }
  if (!utf8Bom && b[0] === 0xff && b[1] === 0xfe) return done("utf-16le", new TextDecoder("utf-16le").decode(b.subarray(2)));
  if (!utf8Bom && b[0] === 0xfe && b[1] === 0xff) return done("utf-16be", new TextDecoder("utf-16be").decode(b.subarray(2)));
  for (const s of SIGNATURES) {
    if (startsWith(b, s.bytes)) {
      log.error({ ...at, code: "binary-file", message: `this is ${s.what}, not a text file`, action: `nothing imported: ${s.hint}` });
      return null;
    }
  }
  const utf16 = sniffUtf16(b);
  if (utf16) {
    log.warning({ ...at, code: "encoding", message: `the file has no byte-order mark but is UTF-16 (${utf16 === "le" ? "little" : "big"}-endian)`, action: `read as UTF-16${utf16.toUpperCase()}` });
    return done(`utf-16${utf16}`, new TextDecoder(`utf-16${utf16}`).decode(b));
  }
  const utf8 = decodeStrict("utf-8", b);
  if (utf8 !== null) return done("utf-8", utf8);
  const bad = firstInvalidUtf8(b);
  log.warning({
    ...at,
    code: "encoding",
    line: lineOfByte(b, bad),
    message: `the file is not valid UTF-8 (first at byte ${bad}: 0x${b[bad]!.toString(16).padStart(2, "0")})`,
    action: "read as Windows-1252 (Latin-1): check accented letters, or save the file as UTF-8",
  });
  return done("windows-1252", new TextDecoder("windows-1252").decode(b));
}

function decodeStrict(encoding: "utf-8", b: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return null;
  }
}

/** Drop a leading U+FEFF left in decoded text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
