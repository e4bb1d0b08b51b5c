/**
 * What the bot remembers about a user between conversations: the self-assessment profile
 * (which the financing form reuses). Kept in the same botbuilder Storage as dialog state,
 * under a key of its own per channel and user, so no user can ever read another's record.
 */
import type { Storage } from 'botbuilder';
import type { StatedFigure } from '../assessment/figures.js';
import type { Profile } from '../assessment/profile.js';
import type { Choice } from '../answers/compose.js';

/** The last numbered list the bot showed this user: a number typed next picks from it. */
export type ShownList =
  | { kind: 'menu' }
  | { kind: 'follow-ups' | 'clarify'; question: string; choices: Choice[] }
  /** “沿用上次的答案 / 重新开始” after 自测 when answers are saved. */
  | { kind: 'reuse-assessment' }
  /** “需要转人工吗？” after a question the knowledge does not cover. */
  | { kind: 'handoff-offer'; question: string };

export interface UserRecord {
  profile?: Profile;
  profileUpdatedAt?: string;
  /** Questions of the last self-assessment the owner skipped: a reused questionnaire does not ask them again. */
  assessmentSkipped?: string[];
  shownList?: ShownList;
  /** When the full 【提示】 about the policy's date was last shown; later answers carry a short line. */
  statusNoteShownAt?: string;
  /** Questions in a row that got no answer (an ask-back or a decline); the second offers a person. */
  missesInRow?: number;
  /** The last question answered and what it was about (税融通), so that “额度多少” or “政银担呢” next lean on it. */
  lastAnswered?: { question: string; subject: string[]; at: string };
  /** Figures stated in a question (“营收5000万 员工200人 能评专精特新吗”): a self-assessment started soon after does not ask them. */
  statedFigures?: { figures: StatedFigure[]; at: string };
}

/**
 * Records are read several times a turn (the last list shown, the status note, the misses in a
 * row), so the store keeps the recent ones in memory in front of the Storage, which this process
 * alone writes. Records are immutable: `update` replaces one, nobody edits one in place.
 */
export class UserStore {
  private readonly recent = new Map<string, Readonly<UserRecord>>();

  constructor(
    private readonly storage: Storage,
    private readonly capacity = 10_000,
  ) {}

  private key(channel: string, userId: string): string {
    return `users/${encodeURIComponent(channel)}/${encodeURIComponent(userId)}`;
  }

  async get(channel: string, userId: string): Promise<Readonly<UserRecord>> {
    const key = this.key(channel, userId);
    const cached = this.recent.get(key);
    if (cached) return cached;
    const items = await this.storage.read([key]);
    const { eTag: _eTag, ...record } = (items[key] ?? {}) as UserRecord & { eTag?: string };
    this.remember(key, record);
    return record;
  }

  async update(channel: string, userId: string, change: (record: Readonly<UserRecord>) => UserRecord): Promise<UserRecord> {
    const key = this.key(channel, userId);
    const next = change(await this.get(channel, userId));
    // No eTag: both storages then write unconditionally (last write wins), and this process alone writes users.
    await this.storage.write({ [key]: next });
    this.remember(key, next);
    return next;
  }

  private remember(key: string, record: UserRecord): void {
    this.recent.delete(key);
    this.recent.set(key, Object.freeze(record));
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value as string);
  }
}
