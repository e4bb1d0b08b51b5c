/**
 * A lock file for read-modify-write across processes: `policy-bot ask` turns in separate
 * processes and staff commands may touch the same store at once. A lock left by a killed
 * process is taken over once its owner is gone.
 */
import { PolicyBotError } from './errors.js';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function withFileLock<T>(file: string, task: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  // The lock appears with its owner's pid already in it (a hard link of a finished file), so a
  // process killed at any instant never leaves an anonymous lock that nobody may break.
  const claim = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  // The data directory may not exist yet (a new `--data` path): the first locked write makes it.
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(claim, String(process.pid), { mode: 0o600 });
  for (;;) {
    try {
      await link(claim, lock);
      await rm(claim, { force: true });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await rm(claim, { force: true });
        throw error;
      }
      const owner = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (owner && owner !== process.pid && !processAlive(owner)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        await rm(claim, { force: true });
        throw new PolicyBotError('STORAGE_WRITE', `等待 ${lock} 超时：另一个进程正在写入`, '稍后重试；若一直如此，检查是否有卡住的 policy-bot 进程。');
      }
      await sleep(10 + Math.random() * 20);
    }
  }
  try {
    return await task();
  } finally {
    await rm(lock, { force: true });
  }
}
