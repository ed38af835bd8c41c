"use client";
import type { ImportIssue } from "@/lib/io/import/types";

/** Where an issue is: "line 12", an element path, or nothing. */
export function issuePlace(i: ImportIssue): string {
  return [i.line !== undefined ? `line ${i.line}` : "", i.element ?? ""].filter(Boolean).join(", ");
}

/** The import report's issues as a table: file, where, field, what is wrong, what was done. Everything as text. */
export function IssueList({ issues, label }: { issues: ImportIssue[]; label: string }) {
  if (issues.length === 0) return null;
  return (
    <div className="max-h-64 overflow-auto rounded border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-xs" aria-label={label}>
        <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
          <tr>
            <th className="px-2 py-1">File</th>
            <th className="px-2 py-1">Where</th>
            <th className="px-2 py-1">Field</th>
            <th className="px-2 py-1">What is wrong</th>
            <th className="px-2 py-1">What was done</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k} className={`border-t border-slate-200 align-top dark:border-slate-700 ${i.severity === "error" ? "text-red-800 dark:text-red-300" : ""}`}>
              <td className="break-all px-2 py-1">{i.file}</td>
              <td className="break-all px-2 py-1">{issuePlace(i)}</td>
              <td className="break-all px-2 py-1">{i.field ?? ""}</td>
              <td className="break-words px-2 py-1">
                <span className="sr-only">{i.severity}: </span>
                {i.message}
              </td>
              <td className="break-words px-2 py-1">{i.action ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
