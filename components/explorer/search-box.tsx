"use client";
import { useId, useMemo, useState } from "react";
import { NODE_KIND_LABELS, type NodeKind } from "@/lib/model/vocabulary";
import { searchNodes, type SearchEntry } from "@/lib/view/search";

interface SearchBoxProps {
  index: SearchEntry[];
  /** Accessible name of the input. */
  label: string;
  placeholder?: string;
  onPick: (id: string) => void;
  /** Shown in the input when nothing is being typed (e.g. the chosen node's name). */
  value?: string;
  className?: string;
}

/** A type-ahead combobox over node names and aliases (WAI-ARIA combobox pattern). */
export function SearchBox({ index, label, placeholder, onPick, value, className }: SearchBoxProps) {
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (query ? searchNodes(index, query, 12) : []), [index, query]);
  const open = query !== null && query !== "" && hits.length > 0;

  const pick = (id: string) => {
    setQuery(null);
    setActive(0);
    onPick(id);
  };

  return (
    <div className={`relative ${className ?? ""}`}>
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm placeholder:text-slate-400 dark:border-slate-700 dark:bg-slate-900"
        value={query ?? value ?? ""}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            const hit = hits[active];
            if (hit) {
              e.preventDefault();
              pick(hit.id);
            }
          } else if (e.key === "Escape") {
            e.stopPropagation();
            setQuery(null);
          }
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} results`}
          className="absolute z-30 mt-1 max-h-80 w-full min-w-64 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`flex cursor-pointer items-baseline justify-between gap-2 px-2 py-1 ${i === active ? "bg-sky-100 dark:bg-sky-900/60" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="truncate">
                {h.label}
                {h.via && <span className="ml-1 text-xs text-slate-500">({h.via})</span>}
              </span>
              <span className="shrink-0 text-xs text-slate-500">{NODE_KIND_LABELS[h.kind as NodeKind] ?? h.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
