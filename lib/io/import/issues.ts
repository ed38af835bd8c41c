/**
 * The import report's issue list. A file with 100,000 bad rows must not give 100,000 messages: the
 * first `perCode` issues of each code and file are kept, the rest are counted and summed up in one
 * closing issue per code ("… and 99,980 more"), which keeps the first line of the ones left out.
 */
import type { ImportIssue, ImportIssueCode } from "./types";

export type IssueInput = Omit<ImportIssue, "severity">;

export class IssueLog {
  readonly issues: ImportIssue[] = [];
  private readonly counts = new Map<string, { issue: ImportIssue; kept: number; extra: number }>();
  private errorCount = 0;

  constructor(private readonly perCode = 20) {}

  error(issue: IssueInput): void {
    this.add({ severity: "error", ...issue });
  }

  warning(issue: IssueInput): void {
    this.add({ severity: "warning", ...issue });
  }

  add(issue: ImportIssue): void {
    if (issue.severity === "error") this.errorCount++;
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.file}`;
    const seen = this.counts.get(key);
    if (!seen) {
      this.counts.set(key, { issue, kept: 1, extra: 0 });
      this.issues.push(issue);
    } else if (seen.kept < this.perCode) {
      seen.kept++;
      this.issues.push(issue);
    } else seen.extra++;
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The issues, errors first, with one "more" summary per code whose issues were cut. */
  finish(fileOrder: readonly string[] = []): ImportIssue[] {
    const out = [...this.issues];
    for (const { issue, extra } of this.counts.values()) {
      if (extra === 0) continue;
      out.push({
        severity: issue.severity,
        code: "more",
        file: issue.file,
        message: `${extra.toLocaleString("en-US")} more ${issue.severity === "error" ? "errors" : "warnings"} like "${issue.message}" (${issue.code})`,
        action: issue.action,
      });
    }
    // Errors first, then by file (in the order they first appear) and line.
    const files = new Map<string, number>(fileOrder.map((f, k) => [f, k]));
    for (const i of out) if (!files.has(i.file)) files.set(i.file, files.size);
    const rank = (i: ImportIssue) => (i.severity === "error" ? 0 : 1);
    return out.sort((a, b) => rank(a) - rank(b) || files.get(a.file)! - files.get(b.file)! || (a.code === "more" ? 1 : 0) - (b.code === "more" ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
  }
}

/** "edges.csv, line 4, field "weight": message (action)". */
export function formatImportIssue(i: ImportIssue): string {
  const where = [i.file, i.line !== undefined ? `line ${i.line}` : undefined, i.element, i.field ? `field "${i.field}"` : undefined].filter(Boolean).join(", ");
  return `${i.severity}: ${where}: ${i.message}${i.action ? ` (${i.action})` : ""}`;
}

export type { ImportIssueCode };
