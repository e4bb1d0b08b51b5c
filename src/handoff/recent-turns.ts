/**
 * The last few lines of each conversation, so that a handoff request shows staff what the owner
 * already asked and was told. Kept in memory only (bounded by users and lines), and masked as logs
 * are when it is handed out (so only the few lines that reach a request pay for the masking): it
 * is context for staff, not a record of the conversation.
 */
import { maskPersonalData } from '../infrastructure/privacy.js';
import type { TranscriptLine } from './store.js';

const LINES_PER_USER = 6;
const LINE_LENGTH = 300;

export class RecentTurns {
  private readonly lines = new Map<string, TranscriptLine[]>();

  constructor(private readonly maxUsers = 5000) {}

  add(channel: string, userId: string, from: TranscriptLine['from'], text: string): void {
    const key = `${channel}/${userId}`;
    const lines = this.lines.get(key) ?? [];
    // Re-inserted so that the map's order is least recently used first.
    this.lines.delete(key);
    lines.push({ from, text: text.length > LINE_LENGTH ? `${text.slice(0, LINE_LENGTH)}…` : text });
    if (lines.length > LINES_PER_USER) lines.splice(0, lines.length - LINES_PER_USER);
    this.lines.set(key, lines);
    if (this.lines.size > this.maxUsers) this.lines.delete(this.lines.keys().next().value as string);
  }

  of(channel: string, userId: string): TranscriptLine[] {
    return (this.lines.get(`${channel}/${userId}`) ?? []).map((line) => ({ ...line, text: maskPersonalData(line.text) }));
  }
}
