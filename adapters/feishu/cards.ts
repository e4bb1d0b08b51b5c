/**
 * Feishu interactive cards for summaries (assessment results, financing needs). Text goes in as
 * plain_text, so nothing a user typed can turn into markup.
 */
export function textCard(title: string, text: string, template = 'blue'): string {
  return JSON.stringify({
    config: { wide_screen_mode: true },
    header: { title: { tag: 'plain_text', content: title }, template },
    elements: [{ tag: 'div', text: { tag: 'plain_text', content: text } }],
  });
}

export function textContent(text: string): string {
  return JSON.stringify({ text });
}
