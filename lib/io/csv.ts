/**
 * A small RFC 4180 CSV reader that keeps the line each record starts on, so every error can say
 * "file, line, field". Pure: no I/O. Runs in O(n) over the text.
 *
 * - Fields may be quoted with `"`; a doubled `""` inside quotes is a literal quote.
 * - Records end at `\n`, `\r\n` or `\r` outside quotes; quoted fields may span lines.
 * - A leading UTF-8 byte-order mark is dropped.
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
}

export function parseCsv(text: string, options: CsvOptions = {}): CsvParseResult {
  const { maxRecords = Number.POSITIVE_INFINITY, comments = true } = options;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let quotedField = false;
    let endOfRecord = false;

    while (i < n && !endOfRecord) {
      const ch = text[i]!;
      if (ch === '"' && field === "" && !quotedField) {
        // Quoted field.
        quotedField = true;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
          field += c;
          i++;
        }
        if (!closed) {
          errors.push({ line: startLine, message: "unterminated quoted field (a \" is never closed)" });
          fields.push(field);
          return { records, errors };
        }
        // After a closing quote only a separator or end of record may follow.
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          errors.push({ line, message: `unexpected character ${JSON.stringify(next)} after a closing quote` });
          while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
        }
        continue;
      }
      if (ch === ",") {
        fields.push(field);
        field = "";
        quotedField = false;
        i++;
        continue;
      }
      if (ch === "\n" || ch === "\r") {
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        endOfRecord = true;
        continue;
      }
      field += ch;
      i++;
    }
    fields.push(field);

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

/** Quote a value for CSV output when it needs quoting. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
