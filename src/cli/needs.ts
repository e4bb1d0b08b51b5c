import { writeFile } from 'node:fs/promises';
import { resolvePaths } from '../config.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { NEED_STATUSES, NeedsStore } from '../financing/needs-store.js';
import { StaffDesk } from '../staff/desk.js';
import { describeNeed, needLine } from '../financing/render.js';

interface NeedsFlags {
  data?: string;
  knowledge?: string;
  status?: string;
  since?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

/** Staff commands over the financing-needs database: list, show, set-status, export. */
export async function runNeeds(subcommand: string | undefined, args: string[], flags: NeedsFlags): Promise<number> {
  const desk = new StaffDesk(new NeedsStore(resolvePaths(flags).dataDirectory));
  switch (subcommand) {
    case 'list': {
      const needs = await desk.needs({ status: flags.status, since: flags.since });
      if (flags.json) process.stdout.write(JSON.stringify(needs) + '\n');
      else if (!needs.length) process.stdout.write('没有符合条件的融资需求。\n');
      else for (const need of needs) process.stdout.write(`${needLine(need)}\n`);
      return 0;
    }
    case 'show': {
      const need = args[0] ? await desk.need(args[0]) : undefined;
      if (!need) throw new PolicyBotError('INPUT_INVALID', `没有找到融资需求：${args[0] ?? '(未给编号)'}`, '用 policy-bot needs list 查看编号。');
      process.stdout.write((flags.json ? JSON.stringify(need) : describeNeed(need)) + '\n');
      return 0;
    }
    case 'set-status': {
      const [id, value] = args;
      if (!id || !value) throw new PolicyBotError('INPUT_INVALID', '用法：policy-bot needs set-status 编号 状态', `可用状态：${NEED_STATUSES.join(' / ')}`);
      const need = await desk.setNeedStatus(id, value, `cli:${process.env.USER ?? 'staff'}`);
      if (!need) throw new PolicyBotError('INPUT_INVALID', `没有找到融资需求：${id}`, '用 policy-bot needs list 查看编号。');
      process.stdout.write(`${need.id} 状态已改为“${need.status}”。\n`);
      return 0;
    }
    case 'export': {
      if (flags.format === 'xlsx' && !flags.out) throw new PolicyBotError('INPUT_INVALID', 'XLSX 需要 --out 文件名', '如 --format xlsx --out 融资需求.xlsx');
      const exported = await desk.exportNeeds(flags.format ?? 'csv', { status: flags.status, since: flags.since });
      if (flags.out) {
        await writeFile(flags.out, exported.content, { mode: 0o600 });
        process.stderr.write(`已导出 ${exported.count} 条到 ${flags.out}\n`);
      } else process.stdout.write(exported.content);
      return 0;
    }
  }
  throw new PolicyBotError('INPUT_INVALID', `未知的 needs 子命令：${subcommand ?? ''}`, '可用：list / show ID / set-status ID STATUS / export --format csv|xlsx');
}
