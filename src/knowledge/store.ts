/**
 * Holds the knowledge the bot is serving and replaces it when the files change. A change that
 * fails validation is rejected: the last good knowledge keeps serving and the problems are
 * logged and kept for the admin views.
 */
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../infrastructure/logger.js';
import { PolicyBotError } from '../infrastructure/errors.js';
import { PolicySearch } from '../retrieval/policy-search.js';
import { loadKnowledge } from './load.js';
import { formatProblem, type KnowledgeBase, type KnowledgeProblem } from './model.js';

export interface KnowledgeStatus {
  directory: string;
  files: number;
  clauses: number;
  faq: number;
  loadedAt: Date;
  lastAttemptAt: Date;
  /** Problems of the last reload attempt; empty when it succeeded. */
  problems: KnowledgeProblem[];
}

export interface ServingKnowledge {
  knowledge: KnowledgeBase;
  search: PolicySearch;
}

export class KnowledgeStore extends EventEmitter<{
  reloaded: [KnowledgeStatus];
  'reload-failed': [KnowledgeStatus];
}> {
  private watchers: FSWatcher[] = [];
  private pending: NodeJS.Timeout | undefined;
  private lastAttemptAt: Date;
  private problems: KnowledgeProblem[] = [];
  /** Each reload's number: a slow older reload finishing after a newer one must not win. */
  private reloads = 0;

  private constructor(
    private serving: ServingKnowledge,
    private readonly logger: Logger,
  ) {
    super();
    this.lastAttemptAt = serving.knowledge.loadedAt;
  }

  /** Loads the directory; refuses to start on invalid knowledge, since there is nothing good to serve yet. */
  static async open(directory: string, logger: Logger): Promise<KnowledgeStore> {
    const result = await loadKnowledge(directory);
    if (!result.ok) {
      throw new PolicyBotError(
        'KNOWLEDGE_INVALID',
        `知识库有 ${result.problems.length} 处错误：\n${result.problems.map(formatProblem).join('\n')}`,
        '修正以上文件后重新启动；可先运行 policy-bot knowledge check 检查。',
      );
    }
    return new KnowledgeStore({ knowledge: result.knowledge, search: new PolicySearch(result.knowledge) }, logger);
  }

  get current(): ServingKnowledge {
    return this.serving;
  }

  status(): KnowledgeStatus {
    const { knowledge } = this.serving;
    return {
      directory: knowledge.directory,
      files: knowledge.files.length,
      clauses: knowledge.clauses.size,
      faq: knowledge.faq.length,
      loadedAt: knowledge.loadedAt,
      lastAttemptAt: this.lastAttemptAt,
      problems: this.problems,
    };
  }

  async reload(): Promise<boolean> {
    this.lastAttemptAt = new Date();
    const attempt = ++this.reloads;
    const result = await loadKnowledge(this.serving.knowledge.directory);
    // A newer reload started while this one read the files: its result is the current one.
    if (attempt !== this.reloads) return false;
    if (!result.ok) {
      this.problems = result.problems;
      this.logger.error('知识库更新未生效，继续使用上一版知识', {
        problems: result.problems.map(formatProblem),
      });
      this.emit('reload-failed', this.status());
      return false;
    }
    this.problems = [];
    this.serving = { knowledge: result.knowledge, search: new PolicySearch(result.knowledge, this.serving.search) };
    this.logger.info('知识库已重新加载', { files: result.files.length, clauses: result.knowledge.clauses.size });
    this.emit('reloaded', this.status());
    return true;
  }

  /** Reloads after files change; bursts of events (an editor saving) become one reload. */
  watch(debounceMs = 300): void {
    if (this.watchers.length) return;
    const schedule = () => {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => void this.reload(), debounceMs);
    };
    this.watchers.push(watch(this.serving.knowledge.directory, { recursive: true }, schedule));
  }

  close(): void {
    clearTimeout(this.pending);
    this.watchers.forEach((watcher) => watcher.close());
    this.watchers = [];
  }
}
