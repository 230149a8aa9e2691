/** Go's string helpers where JavaScript's differ (strings.TrimSpace is the templates runtime's trimSpace). */

/** path.Base of a slash path. */
export function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}
