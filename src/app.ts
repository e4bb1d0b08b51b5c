/**
 * Assembles the core: opens the knowledge and the storage and builds the bot with its services.
 * The CLI, the tests and the benchmark all assemble the bot here, the same way.
 */
import type { Logger } from './infrastructure/logger.js';
import { KnowledgeStore } from './knowledge/store.js';
import { createPolicyBot, type PolicyBot } from './bot/policy-bot.js';
import { LowdbStorage, openConversationStorage, type ConversationStorage } from './bot/storage.js';
import type { Paths } from './config.js';
import { NeedsStore } from './financing/needs-store.js';
import { ChannelRegistry } from './channels/registry.js';
import { HandoffStore } from './handoff/store.js';
import { HandoffService, type HandoffSettings } from './handoff/service.js';
import { RecentTurns } from './handoff/recent-turns.js';
import { StaffDesk } from './staff/desk.js';

export interface App {
  bot: PolicyBot;
  knowledge: KnowledgeStore;
  needs: NeedsStore;
  handoff: HandoffService;
  /** What staff can do, for the admin console and the Feishu staff commands. */
  staff: StaffDesk;
  storage: ConversationStorage;
  close(): Promise<void>;
}

export interface AppOptions extends Paths {
  logger: Logger;
  /** Keep conversation state in memory only (one-off anonymous questions leave nothing on disk). */
  ephemeral?: boolean;
  knowledgeStore?: KnowledgeStore;
  handoff?: Partial<HandoffSettings>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const knowledge = options.knowledgeStore ?? (await KnowledgeStore.open(options.knowledgeDirectory, options.logger));
  const storage = await openConversationStorage(options.dataDirectory, Boolean(options.ephemeral), options.logger);
  const needs = new NeedsStore(options.dataDirectory);
  const channels = new ChannelRegistry();
  const handoffStore = new HandoffStore(options.dataDirectory);
  // A damaged handoff file is refused now, not in the middle of an owner's turn.
  await handoffStore.load();
  const handoff = new HandoffService(handoffStore, channels, new RecentTurns(), options.logger, { overdueAfterMs: 24 * 60 * 60 * 1000, ...options.handoff });
  const bot = createPolicyBot({
    needs,
    channels,
    handoff,
    storage,
    knowledge,
    dataDirectory: options.dataDirectory,
    logger: options.logger,
    oneOff: Boolean(options.ephemeral),
  });
  return {
    bot,
    knowledge,
    needs,
    handoff,
    staff: new StaffDesk(needs, { handoff, unanswered: bot.services.unanswered, knowledge }),
    storage,
    async close() {
      await bot.idle();
      knowledge.close();
      await bot.services.unanswered.close();
      if (storage instanceof LowdbStorage) await storage.flush();
    },
  };
}
