/**
 * The one slug rule (file names, scenario file names, ids of new suppliers): accents dropped,
 * lower case, every run of other characters one hyphen, no hyphen at either end, at most `max`
 * characters; `fallback` when nothing is left ("Łódź Élan 😀" → "odz-elan").
 */
export function slugify(text: string, max: number, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || fallback;
}
