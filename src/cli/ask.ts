import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { OutgoingMessage } from '../channels/contract.js';
import { openTerminalSession } from './session.js';

interface AskFlags {
  data?: string;
  knowledge?: string;
  user?: string;
  json?: boolean;
  text?: string;
}

/** The `--json` line of one turn: a contract other tools rely on. */
export function turnJson(replies: OutgoingMessage[]): string {
  const assessment = replies.find((reply) => reply.assessment)?.assessment;
  return JSON.stringify({
    reply: replies.map((reply) => reply.text).join('\n'),
    intent: replies[0]?.intent ?? 'fallback',
    citations: replies.flatMap((reply) => reply.citations),
    options: replies.at(-1)?.options ?? [],
    ...(assessment ? { assessment } : {}),
  });
}

export async function runAsk(flags: AskFlags): Promise<number> {
  // Without --user every turn is a new anonymous user whose state is not worth keeping on disk.
  const session = await openTerminalSession(flags, { ephemeral: !flags.user, defaultLogLevel: 'warn' });
  const ask = async (text: string) => {
    const replies = await session.ask(flags.user ?? `anonymous-${randomUUID()}`, text);
    process.stdout.write((flags.json ? turnJson(replies) : replies.map((reply) => reply.text).join('\n\n')) + '\n');
  };
  try {
    if (flags.text !== undefined) {
      await ask(flags.text);
    } else {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) await ask(line);
    }
  } finally {
    await session.app.close();
  }
  return 0;
}
