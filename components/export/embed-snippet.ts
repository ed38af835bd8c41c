/** The `<iframe>` snippet that embeds a view (served by app/embed). */
import { serializeViewState, type ViewState } from "@/lib/view/url-state";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Absolute URL of the embedded view for a state. */
export function embedUrl(origin: string, state: ViewState): string {
  const qs = serializeViewState(state);
  return `${origin}/embed${qs ? `?${qs}` : ""}`;
}

/** The explorer URL of the same view (the embed's "Open in Interdependence Atlas" link). */
export function explorerUrl(origin: string, state: ViewState): string {
  const qs = serializeViewState(state);
  return `${origin}/${qs ? `?${qs}` : ""}`;
}

export function embedSnippet(url: string, title: string): string {
  return `<iframe src="${escapeAttr(url)}" title="${escapeAttr(`Interdependence Atlas: ${title}`)}" width="100%" height="600" style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
