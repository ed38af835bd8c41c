import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, parseCsvTable } from "./csv";

describe("parseCsv", () => {
  it("reads plain, quoted, escaped and multi-line fields with the line each record starts on", () => {
    const text = 'a,b,c\n1,"two, three","say ""hi"""\n"multi\nline",x,\n\n# comment\nlast,,z';
    const { records, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "two, three", 'say "hi"'] },
      { line: 3, fields: ["multi\nline", "x", ""] },
      { line: 7, fields: ["last", "", "z"] },
    ]);
  });

  it("handles CRLF, a byte-order mark and a missing final newline", () => {
    const { records } = parseCsv("\ufeffid,label\r\nx,X\r\ny,Y");
    expect(records.map((r) => r.fields)).toEqual([["id", "label"], ["x", "X"], ["y", "Y"]]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("reports an unterminated quote with its line", () => {
    const { errors } = parseCsv('a,b\n1,"open\n2,3');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining("unterminated") }]);
  });

  it("reports text after a closing quote", () => {
    const { errors, records } = parseCsv('a,b\n"x"y,2');
    expect(errors[0]).toMatchObject({ line: 2, message: expect.stringContaining("after a closing quote") });
    expect(records[1]!.fields).toEqual(["x", "2"]);
  });

  it("stops at maxRecords", () => {
    const { records, errors } = parseCsv("a\n1\n2\n3\n", { maxRecords: 2 });
    expect(records).toHaveLength(2);
    expect(errors[0]!.message).toMatch(/too many records/);
  });
});

describe("parseCsvTable", () => {
  it("keys rows by header and reports rows of the wrong width", () => {
    const t = parseCsvTable("id,label\nx,X\ny\nz,Z,extra\n");
    expect(t.rows).toEqual([{ line: 2, values: { id: "x", label: "X" } }]);
    expect(t.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(t.errors[0]!.message).toMatch(/expected 2 fields/);
  });

  it("reports repeated and empty header names", () => {
    const t = parseCsvTable("id,id,\n1,2,3\n");
    expect(t.errors.map((e) => e.message)).toEqual([expect.stringMatching(/repeats the column "id"/), expect.stringMatching(/empty column name/)]);
  });
});

describe("csvCell", () => {
  it("quotes only when needed", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("padded ")).toBe('"padded "');
  });

  it.each([
    ["plain", "plain"],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["a,b", '"a,b"'],
    ['q"t', '"q""t"'],
    ["=a,b", `"'=a,b"`],
    ["line\nbreak", '"line\nbreak"'],
    ["", ""],
  ])("guards formulas by default: %j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

  it("writes a value unchanged without the formula guard, for files only the Atlas reads", () => {
    expect(csvCell("-0.5", { formulaGuard: false })).toBe("-0.5");
    expect(csvCell("=x", { formulaGuard: false })).toBe("=x");
    expect(csvCell("\tx", { formulaGuard: false })).toBe('"\tx"');
  });
});
