/**
 * `policy-bot handoff list|show`: the handoff requests for staff at the server's terminal. Replies
 * go from Feishu or the admin console, where the running bot can deliver them at once.
 */
import { resolvePaths } from '../config.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { HandoffStore } from '../handoff/store.js';
import { countsLine, describeHandoff, handoffLine } from '../handoff/render.js';
import { staffTexts } from '../texts.js';

export async function runHandoff(subcommand: string | undefined, args: string[], flags: { data?: string; knowledge?: string; status?: string; json?: boolean }): Promise<number> {
  const store = new HandoffStore(resolvePaths(flags).dataDirectory);
  switch (subcommand) {
    case 'list': {
      const { all, shown } = await store.listForStaff(flags.status);
      if (flags.json) process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      else process.stdout.write(`${[staffTexts.handoff.listTitle(countsLine(all)), ...(shown.length ? shown.map(handoffLine) : [staffTexts.handoff.noneOpen])].join('\n')}\n`);
      return 0;
    }
    case 'show': {
      const id = args[0];
      if (!id) throw new PolicyBotError('INPUT_INVALID', '缺少编号', '用法：policy-bot handoff show RG20261127-0001');
      const request = await store.get(id);
      if (!request) throw new PolicyBotError('INPUT_INVALID', staffTexts.handoff.notFound(id), '用 policy-bot handoff list 查看编号。');
      process.stdout.write(`${flags.json ? JSON.stringify(request, null, 2) : describeHandoff(request)}\n`);
      return 0;
    }
  }
  throw new PolicyBotError('INPUT_INVALID', `未知的 handoff 子命令：${subcommand ?? ''}`, '可用：handoff list [--status S] [--json]、handoff show 编号');
}
