import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { CollectedReply } from '../bot/in-process-adapter.js';
import { openTerminalSession } from './session.js';

interface AskFlags {
  data?: string;
  knowledge?: string;
  user?: string;
  json?: boolean;
  text?: string;
}

/** The `--json` line of one turn: a contract other tools rely on. */
export function turnJson(replies: CollectedReply[]): string {
  const assessment = replies.find((reply) => reply.metadata.assessment)?.metadata.assessment;
  return JSON.stringify({
    reply: replies.map((reply) => reply.text).join('\n'),
    intent: replies[0]?.metadata.intent ?? 'fallback',
    citations: replies.flatMap((reply) => reply.metadata.citations),
    options: replies.at(-1)?.metadata.options ?? [],
    ...(assessment ? { assessment } : {}),
  });
}

export async function runAsk(flags: AskFlags): Promise<number> {
  // Without --user every turn is a new anonymous user whose state is not worth keeping on disk.
  const { app, adapter } = await openTerminalSession(flags, { ephemeral: !flags.user, defaultLogLevel: 'warn' });
  const ask = async (text: string) => {
    const replies = await adapter.receive(flags.user ?? `anonymous-${randomUUID()}`, text);
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
    await app.close();
  }
  return 0;
}
