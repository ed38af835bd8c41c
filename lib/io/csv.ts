/**
 * A small RFC 4180 CSV reader that keeps the line each record starts on, so every error can say
 * "file, line, field". Pure: no I/O. Runs in O(n) over the text.
 *
 * - Fields may be quoted with `"`; a doubled `""` inside quotes is a literal quote.
 * - Records end at `\n`, `\r\n` or `\r` outside quotes; quoted fields may span lines.
 * - A leading UTF-8 byte-order mark is dropped.
 * - The separator is "," unless `delimiter` says otherwise (";", tab, "|" for lib/io/import).
 * - Blank lines are skipped; so are lines whose first field starts with `#` (comments), which lets
 *   a reviewer annotate a data file.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvError {
  line: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  errors: CsvError[];
}

export interface CsvOptions {
  /** Stop after this many records and report an error (guards against huge inputs). */
  maxRecords?: number;
  /** Treat lines starting with `#` as comments. Default true. */
  comments?: boolean;
  /** The field separator, one character. Default ",". */
  delimiter?: string;
}

export function parseCsv(text: string, options: CsvOptions = {}): CsvParseResult {
  const { maxRecords = Number.POSITIVE_INFINITY, comments = true, delimiter = "," } = options;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") throw new RangeError(`csv: bad delimiter ${JSON.stringify(delimiter)}`);
  const D = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let quotedField = false;

    for (;;) {
      // One field, starting at i.
      quotedField = false;
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: segments between quotes, a doubled "" is a literal quote.
        quotedField = true;
        let from = i + 1;
        field = "";
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', from);
          const end = q === -1 ? n : q;
          for (let k = from; k < end; k++) {
            const c = text.charCodeAt(k);
            if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
          }
          field += text.slice(from, end);
          if (q === -1) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          errors.push({ line: startLine, message: 'unterminated quoted field (a " is never closed)' });
          return { records, errors };
        }
        // After a closing quote only a separator or end of record may follow.
        const next = text.charCodeAt(i);
        if (i < n && next !== D && next !== LF && next !== CR) {
          errors.push({ line, message: `unexpected character ${JSON.stringify(text[i])} after a closing quote` });
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === D || c === LF || c === CR) break;
            i++;
          }
        }
      } else {
        const from = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === D || c === LF || c === CR) break;
          i++;
        }
        field = text.slice(from, i);
      }
      fields.push(field);
      if (i < n && text.charCodeAt(i) === D) {
        i++;
        continue;
      }
      // End of record (a line break or the end of the text).
      if (i < n) {
        i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      }
      break;
    }

    const blank = fields.length === 1 && fields[0] === "" && !quotedField;
    const comment = comments && !quotedField && (fields[0] ?? "").trimStart().startsWith("#");
    if (blank || comment) continue;
    if (records.length >= maxRecords) {
      errors.push({ line: startLine, message: `too many records (more than ${maxRecords})` });
      break;
    }
    records.push({ line: startLine, fields });
  }
  return { records, errors };
}

export interface CsvTable {
  header: string[];
  rows: { line: number; values: Record<string, string> }[];
  errors: CsvError[];
}

/** Parse CSV whose first record is a header; rows become objects keyed by (trimmed) column name. */
export function parseCsvTable(text: string, options: CsvOptions = {}): CsvTable {
  const { records, errors } = parseCsv(text, options);
  const first = records[0];
  if (!first) return { header: [], rows: [], errors: [...errors, { line: 1, message: "the file has no header row" }] };
  const header = first.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === "") errors.push({ line: first.line, message: "the header has an empty column name" });
    else if (seen.has(h)) errors.push({ line: first.line, message: `the header repeats the column "${h}"` });
    seen.add(h);
  }
  const rows: CsvTable["rows"] = [];
  for (const rec of records.slice(1)) {
    if (rec.fields.length !== header.length) {
      errors.push({
        line: rec.line,
        message: `expected ${header.length} fields (${header.join(", ")}) but found ${rec.fields.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => {
      values[h] = rec.fields[k] ?? "";
    });
    rows.push({ line: rec.line, values });
  }
  return { header, rows, errors };
}

/**
 * One CSV cell, the one writer of every CSV the Atlas produces. Quoted (RFC 4180) when it holds a
 * quote, comma or line break, or starts or ends with white space. By default a value starting with
 * = + - @ (or tab/CR) first gets a leading ' so spreadsheets never run it as a formula
 * (lib/io/import strips it back); `formulaGuard: false` writes it unchanged, for files only the
 * Atlas reads (data/, where "-0.5" is a number).
 */
export function csvCell(value: string, { formulaGuard = true }: { formulaGuard?: boolean } = {}): string {
  const safe = formulaGuard && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
