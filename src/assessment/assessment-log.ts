/**
 * One line per completed self-assessment (verdicts only, no company data), so admins can see how
 * many owners tried and with what outcome.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssessmentResult } from './engine.js';

type Outcome = 'eligible' | 'not-eligible' | 'undecided';

export class AssessmentLog {
  readonly file: string;

  constructor(dataDirectory: string) {
    this.file = path.join(dataDirectory, 'assessments.jsonl');
  }

  async record(channel: string, result: AssessmentResult): Promise<void> {
    const outcomes = Object.fromEntries(result.tiers.map((tier) => [tier.id, tier.eligible === true ? 'eligible' : tier.eligible === false ? 'not-eligible' : 'undecided']));
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    await appendFile(this.file, JSON.stringify({ at: new Date().toISOString(), channel, outcomes }) + '\n', { mode: 0o600 });
  }

  /** Counts per tier and outcome. */
  async counts(): Promise<Record<string, Record<Outcome, number>>> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    const counts: Record<string, Record<Outcome, number>> = {};
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as { outcomes: Record<string, Outcome> };
        for (const [tier, outcome] of Object.entries(entry.outcomes)) {
          counts[tier] ??= { eligible: 0, 'not-eligible': 0, undecided: 0 };
          counts[tier][outcome] += 1;
        }
      } catch {
        // A torn last line after a crash is skipped.
      }
    }
    return counts;
  }
}
