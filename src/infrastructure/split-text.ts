/**
 * Splits a long reply at paragraph (then line, then sentence) boundaries into parts of at most
 * `limit` characters, so that no part is cut mid-sentence where it can be avoided. Channels with
 * message size limits (WeChat, Feishu) send the parts in order.
 */
export function splitMessage(text: string, limit = 1500): string[] {
  if ([...text].length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const pieces = text.split(/(?<=\n\n)|(?<=\n)|(?<=[。！？])/u);
  for (const piece of pieces) {
    if ([...current].length + [...piece].length <= limit) {
      current += piece;
      continue;
    }
    if (current) parts.push(current.trimEnd());
    current = '';
    // A single piece longer than the limit (no boundary inside) is cut hard.
    const characters = [...piece];
    while (characters.length > limit) parts.push(characters.splice(0, limit).join(''));
    current = characters.join('');
  }
  if (current.trim()) parts.push(current.trimEnd());
  return parts;
}
