/** Text to match literally inside a regular expression built from data (units, command phrases). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
