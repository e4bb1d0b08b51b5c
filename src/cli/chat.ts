import { createInterface } from 'node:readline/promises';
import { openTerminalSession } from './session.js';

/** Interactive chat in the terminal, as one persistent user, so dialogs carry across lines. */
export async function runChat(flags: { data?: string; knowledge?: string; user?: string }): Promise<number> {
  const { app, ask } = await openTerminalSession(flags, { ephemeral: false, defaultLogLevel: 'warn' });
  const user = flags.user ?? 'terminal-user';
  const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: '你> ' });
  process.stdout.write('已连接政策助手。输入“菜单”查看功能，按 Ctrl+D 退出。\n');
  const print = (texts: string[]) => process.stdout.write(texts.map((text) => `助手> ${text.replace(/\n/g, '\n      ')}`).join('\n') + '\n');
  print((await ask(user, '你好')).map((reply) => reply.text));
  terminal.prompt();
  for await (const line of terminal) {
    if (line.trim()) print((await ask(user, line)).map((reply) => reply.text));
    terminal.prompt();
  }
  await app.close();
  return 0;
}
