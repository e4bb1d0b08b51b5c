/**
 * Durability of the financing-needs store: a child process is killed with SIGKILL in the middle
 * of a burst of submissions, and every need it had acknowledged must be on disk, in valid JSON.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NeedsStore } from '../src/financing/needs-store.js';
import { formAnswers, validCreditCode } from './fixtures/needs.js';
import { ROOT, temporaryDirectory } from './helpers.js';

function burstUntilKilled(directory: string, acknowledgements: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'test/fixtures/submit-burst.mjs'), directory, '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffer = '';
    let errors = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ACK ')) acknowledged.push(line.slice(4));
      if (acknowledged.length >= acknowledgements) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${errors}`));
      else resolve(acknowledged);
    });
  });
}

describe('financing-needs store durability', () => {
  it('loses no acknowledged need when killed mid-burst, and keeps valid JSON', async () => {
    const directory = await temporaryDirectory();
    for (let round = 0; round < 3; round++) {
      const acknowledged = await burstUntilKilled(directory, 15 + round * 10);
      expect(acknowledged.length).toBeGreaterThanOrEqual(15);
      const stored = JSON.parse(await readFile(path.join(directory, 'needs.json'), 'utf8')) as { needs: Array<{ id: string }> };
      const ids = new Set(stored.needs.map((need) => need.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      expect(ids.size).toBe(stored.needs.length);
    }
    // The killed writer's lock and temp files do not block the next one.
    const store = new NeedsStore(directory);
    const fields = { companyName: '恢复后企业', creditCode: validCreditCode(), county: '萧县', industry: '食品', contactName: '李四', phone: '13912345678', amount: 50, purpose: '周转', term: '6个月', guarantee: '信用', certification: '没有', product: '不确定' };
    const { need } = await store.submit({ fields, channel: 'test', userId: 'after', consent: { version: 'v', text: 't', at: new Date().toISOString() } });
    expect((await store.get(need.id))?.companyName).toBe('恢复后企业');
    // What the killed writers left behind (temp files, lock claims) is swept on the next open.
    expect((await readdir(directory)).filter((name) => name !== 'needs.json')).toEqual([]);
  });

  it('saves every one of many concurrent submissions from one process', async () => {
    const store = new NeedsStore(await temporaryDirectory());
    const submissions = Array.from({ length: 40 }, (_, index) => {
      const answers = formAnswers(validCreditCode());
      const fields = { companyName: `${answers[0]}${index}`, creditCode: answers[1]!, county: '泗县', industry: '机械', contactName: '王五', phone: '13712345678', amount: 10 + index, purpose: '采购', term: '1年', guarantee: '抵押', certification: '没有', product: '税融通' };
      return store.submit({ fields, channel: 'test', userId: `user-${index}`, consent: { version: 'v', text: 't', at: new Date().toISOString() } });
    });
    const results = await Promise.all(submissions);
    expect(new Set(results.map((result) => result.need.id)).size).toBe(40);
    expect(await store.list()).toHaveLength(40);
  });
});
