import path from 'node:path';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answers/compose.js';
import { KnowledgeStore } from '../src/knowledge/store.js';
import { editFile, knowledgeCopy, memoryLogger, onCleanup } from './helpers.js';

function rewardAnswer(store: KnowledgeStore): string {
  const { knowledge, search } = store.current;
  const answer = answerQuestion(knowledge, search, '市里认定专精特新有什么奖励');
  return answer.text;
}

describe('knowledge reload while the bot runs', () => {
  it('serves a valid edit, and keeps the last good knowledge when an edit is broken', async () => {
    const directory = await knowledgeCopy();
    const { logger, lines } = memoryLogger();
    const store = await KnowledgeStore.open(directory, logger);
    onCleanup(async () => store.close());
    store.watch(50);
    const faqFile = path.join(directory, 'faq/rewards-and-funds.yaml');

    const reloaded = once(store, 'reloaded');
    await editFile(faqFile, (text) => text.replace('市分别给予每户30万元一次性奖补。', '市分别给予每户30万元一次性奖补（管理员已核对）。'));
    await reloaded;
    expect(rewardAnswer(store)).toContain('管理员已核对');

    const failed = once(store, 'reload-failed');
    await editFile(faqFile, (text) => text.replace('    answer: 对市认定', '    answr: 对市认定'));
    const [status] = (await failed) as [ReturnType<KnowledgeStore['status']>];
    expect(rewardAnswer(store)).toContain('管理员已核对');
    expect(status.problems[0]?.file).toBe(faqFile);
    expect(status.problems.map((problem) => problem.message).join()).toContain('未知字段 “answr”');
    expect(lines.some((line) => line.includes('ERROR 知识库更新未生效') && line.includes('rewards-and-funds.yaml:'))).toBe(true);
  });
});

describe('overlapping reloads', () => {
  it('an older reload finishing last never replaces the newer knowledge', async () => {
    const directory = await knowledgeCopy();
    const store = await KnowledgeStore.open(directory, memoryLogger().logger);
    const file = path.join(directory, 'faq/financing.yaml');
    // Both reloads start in one tick, so the older is still reading whatever the machine's speed;
    // an awaited edit in between let a fast older reload finish first (and win) under load.
    const older = store.reload();
    writeFileSync(file, readFileSync(file, 'utf8').replace('税融通是什么？', '税融通是什么产品？'));
    const newer = store.reload();
    const [olderResult, newerResult] = await Promise.all([older, newer]);
    expect(olderResult).toBe(false);
    expect(newerResult).toBe(true);
    expect(store.current.knowledge.faq.some((entry) => entry.question === '税融通是什么产品？')).toBe(true);
  });
});
