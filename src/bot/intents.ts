/**
 * What a message asks for, decided from its text alone. Pure, so the routing rules can be
 * tested without a channel. Anything that is not a command is a policy question.
 */
import { MENU_ITEMS, MENU_WORDS } from '../texts.js';

export type Command = keyof typeof MENU_WORDS;
export type Intent = Command | 'question' | 'empty' | 'withdraw';

/** Trailing punctuation and polite particles do not change a command: “菜单。” “取消吧”. */
function bare(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s。.!！~～,，]+$/u, '')
    .replace(/(吧|啊|呀|一下)$/u, '');
}

const MENU_NUMBERS: Record<string, Command> = {
  [MENU_ITEMS[0].number]: 'consult',
  [MENU_ITEMS[1].number]: 'assessment',
  [MENU_ITEMS[2].number]: 'financing',
  [MENU_ITEMS[3].number]: 'help',
  [MENU_ITEMS[4].number]: 'handoff',
};

export function isCommand(text: string, command: Command): boolean {
  const word = bare(text);
  return (MENU_WORDS[command] as readonly string[]).includes(word);
}

export function classify(text: string | undefined): Intent {
  const word = bare(text ?? '');
  if (!word) return 'empty';
  const numbered = MENU_NUMBERS[word];
  if (numbered) return numbered;
  for (const command of Object.keys(MENU_WORDS) as Command[]) {
    if ((MENU_WORDS[command] as readonly string[]).includes(word)) return command;
  }
  if (/^(我能|我们能|能不能|可以|可不可以)?(申请|申报|评)(专精特新|创新型中小企业).{0,4}(吗|么)?$/u.test(word)) return 'assessment';
  if (/^(帮我|给我)?(测|评估|测评)(一下|一测)?/u.test(word)) return 'assessment';
  if (/^(我(想|要)|我们(想|要))(贷款|融资|借钱|申请贷款)/u.test(word)) return 'financing';
  if (/^撤回/u.test(word)) return 'withdraw';
  return 'question';
}

/** Regular expressions for Botkit interrupts, which run before an active dialog sees the message. */
export const INTERRUPT_PATTERNS = {
  cancel: new RegExp(`^\\s*(${MENU_WORDS.cancel.join('|')})[\\s。.!！吧]*$`, 'i'),
  menu: new RegExp(`^\\s*(${MENU_WORDS.menu.join('|')})[\\s。.!！]*$`, 'i'),
};

/** A message shaped like a question: inside a form, such a message may be a policy question rather than an answer. */
export function looksLikeQuestion(text: string): boolean {
  return /[?？]\s*$|[吗呢么]\s*$|什么|怎么|如何|哪些|多少|是否|能不能|可不可以/u.test(text.normalize('NFKC'));
}
