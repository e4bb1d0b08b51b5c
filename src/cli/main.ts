/**
 * `policy-bot`: the command line used by admins, staff and outside tools. The contracts of
 * `ask --json` and `knowledge check` are relied on by other programs: change them only with care.
 */
import { parseArgs } from 'node:util';
import { PolicyBotError } from '../infrastructure/errors.js';

const USAGE = `用法：policy-bot <命令> [选项]

命令：
  ask [--user ID] [--json] [问题]     问一句（不给问题时从标准输入逐行读取）
  assess --input FILE [--json] [--out FILE]
                                      资格自测：JSON 企业画像，或 CSV/XLSX 名单（每行一家）
  chat                                在终端里对话
  knowledge check [--knowledge DIR]   检查知识库文件
  needs list [--status S] [--since YYYY-MM-DD] [--json]
  needs show ID | needs set-status ID STATUS
  needs export --format csv|xlsx [--out FILE]
                                      融资需求库（工作人员使用）
  handoff list [--status S] [--json] | handoff show ID
                                      人工咨询（工作人员使用；回复请用飞书或管理后台）
  start                               启动机器人及已配置的渠道

通用选项：
  --data DIR        数据目录（默认 ./data，或环境变量 POLICY_BOT_DATA）
  --knowledge DIR   知识库目录（默认 ./knowledge，或环境变量 POLICY_BOT_KNOWLEDGE）
  -h, --help        显示本帮助`;

/**
 * Commands that live outside the core: `start` composes the channels under `adapters/`, which
 * the core never imports, so the entry point (`bin/policy-bot.js`) hands it in.
 */
export interface OuterCommands {
  start(flags: { data?: string; knowledge?: string }): Promise<number>;
}

export async function main(argv: string[], outer?: OuterCommands): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        knowledge: { type: 'string' },
        user: { type: 'string' },
        input: { type: 'string' },
        out: { type: 'string' },
        status: { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      // Commands are loaded on use: `ask`, run once per turn by outside tools, should not pay
      // for loading the WeChat and Feishu SDKs that only `start` needs.
      case 'ask':
        return await (await import('./ask.js')).runAsk({ ...values, text: rest.length ? rest.join(' ') : undefined });
      case 'assess':
        return await (await import('./assess.js')).runAssess(values);
      case 'chat':
        return await (await import('./chat.js')).runChat(values);
      case 'knowledge':
        if (rest[0] === 'check') return await (await import('./knowledge-check.js')).runKnowledgeCheck(values);
        break;
      case 'needs':
        return await (await import('./needs.js')).runNeeds(rest[0], rest.slice(1), values);
      case 'handoff':
        return await (await import('./handoff.js')).runHandoff(rest[0], rest.slice(1), values);
      case 'start':
        if (outer) return await outer.start(values);
        break;
    }
  } catch (error) {
    // One Chinese line, never a stack or an HTTP client's dump (which carries request bodies and
    // so secrets), unless LOG_LEVEL=debug asks for the details.
    if (error instanceof PolicyBotError) process.stderr.write(`错误：${error.message}\n${error.hint}\n`);
    else process.stderr.write(`错误：${oneLine(error)}\n运行 LOG_LEVEL=debug 可查看详细信息。\n`);
    if (process.env.LOG_LEVEL === 'debug') process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
  process.stderr.write(`未知命令：${positionals.join(' ')}\n\n${USAGE}\n`);
  return 2;
}

/** An error as one line: its message and code, nothing it carries (an axios error holds the request). */
function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const code = (error as { code?: unknown }).code;
  return `${error.message}${typeof code === 'string' ? `（${code}）` : ''}`.slice(0, 300);
}
