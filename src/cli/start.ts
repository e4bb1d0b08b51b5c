import { once } from 'node:events';
import { openTerminalSession } from './session.js';

/**
 * Starts the bot with every configured channel and reloads knowledge when its files change.
 * Channels are added by their own issues; until then the terminal is the channel on a TTY.
 */
export async function runStart(flags: { data?: string; knowledge?: string }): Promise<number> {
  const { app, adapter } = await openTerminalSession(flags, { ephemeral: false, defaultLogLevel: 'info' });
  app.knowledge.watch();
  const status = app.knowledge.status();
  process.stderr.write(`政策助手已启动：${status.files} 个知识文件，${status.clauses} 条条款；知识库改动会自动生效。\n`);
  const stopped = Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  if (process.stdin.isTTY) {
    process.stdout.write('终端对话已开启（输入“菜单”查看功能，Ctrl+C 退出）。\n你> ');
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      void (async () => {
        for (const line of chunk.split('\n').filter((part) => part.trim())) {
          const replies = await adapter.receive('terminal-user', line);
          process.stdout.write(replies.map((reply) => `助手> ${reply.text}`).join('\n') + '\n你> ');
        }
      })();
    });
  }
  await stopped;
  process.stderr.write('正在停止：等待进行中的对话完成并保存数据…\n');
  process.stdin.pause();
  await app.close();
  return 0;
}
