"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/view/url-state";

/**
 * The view state lives in the query string. Writing pushes a history entry (Next keeps
 * useSearchParams in sync with native pushState), so Back/Forward step through views. A local
 * mirror of the query string makes a change show at once, before the router catches up; whenever
 * the URL changes from outside (Back, Forward, a pasted link), the mirror follows it.
 */
export function useViewState() {
  const params = useSearchParams();
  const qs = params.toString();
  const [mirror, setMirror] = useState({ from: qs, qs });
  if (mirror.from !== qs) setMirror({ from: qs, qs });
  const parsed = useMemo(() => parseViewState(new URLSearchParams(mirror.qs)), [mirror.qs]);
  const update = useCallback(
    (patch: Partial<ViewState> | ((s: ViewState) => Partial<ViewState>), options: { replace?: boolean } = {}) => {
      const current = parseViewState(new URLSearchParams(window.location.search)).state;
      const next = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
      const nextQs = serializeViewState(next);
      if (nextQs === serializeViewState(current)) return;
      setMirror((m) => ({ from: m.from, qs: nextQs }));
      const url = `${window.location.pathname}${nextQs ? `?${nextQs}` : ""}`;
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [],
  );
  return { state: parsed.state, problems: parsed.problems, update };
}
