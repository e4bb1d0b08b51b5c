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

/**
 * A text message. Feishu reads `<at user_id="all">` and `[text](url)` in text messages as markup:
 * anything a user typed could @everyone or plant a link in the staff chat. The look-alike
 * full-width characters read the same and mean nothing.
 */
export function textContent(text: string): string {
  return JSON.stringify({ text: text.replace(/</g, '＜').replace(/>/g, '＞').replace(/\[/g, '［').replace(/\]/g, '］') });
}

/**
 * A reply with choices as buttons (the ask-back “您想问的是哪一项？”). A tap comes back as a
 * `card.action.trigger` event carrying the label, which the bot reads like the typed label.
 */
export function choiceCard(text: string, options: string[]): string {
  return JSON.stringify({
    config: { wide_screen_mode: true },
    elements: [
      { tag: 'div', text: { tag: 'plain_text', content: text } },
      {
        tag: 'action',
        actions: options.map((label) => ({ tag: 'button', text: { tag: 'plain_text', content: label }, type: 'default', value: { text: label } })),
      },
    ],
  });
}
