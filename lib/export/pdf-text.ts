/**
 * Text for jspdf's standard fonts (Helvetica), which encode WinAnsi (Windows-1252) only: any other
 * character would print as garbage. Letters with accents outside it lose the accent (Ł → L),
 * common symbols get an ASCII spelling (≥ → >=, → → ->), controls become spaces, and anything
 * else (emoji, CJK) becomes "?", so a reader sees that something was there. O(n).
 */

// Windows-1252 characters outside Latin-1.
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const SPELLINGS: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "―": "-",
  "′": "'",
  "″": '"',
  "\u2009": " ",
  "\u202f": " ",
  "\u2007": " ",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\ufeff": "",
  "\ufe0f": "",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  Ħ: "H",
  ħ: "h",
  ß: "ß",
  "⯃": "",
};

function encodable(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

export function pdfText(value: string): string {
  let out = "";
  for (const ch of value) {
    if (encodable(ch)) out += ch;
    else if (ch === "\n") out += "\n";
    else if (ch in SPELLINGS) out += SPELLINGS[ch];
    else if (/[\u0000-\u001f\u007f-\u009f]/.test(ch)) out += " ";
    else {
      const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every(encodable) ? base : /\p{M}/u.test(ch) ? "" : "?";
    }
  }
  return out;
}
