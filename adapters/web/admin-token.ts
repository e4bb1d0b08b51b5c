/**
 * The admin console's token: ADMIN_TOKEN when set; otherwise generated on first start and kept
 * in the data dir with mode 0600, so it survives restarts and is printed only once.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PolicyBotError } from '../../src/infrastructure/errors.js';

export const MINIMUM_ADMIN_TOKEN_LENGTH = 12;

export async function resolveAdminToken(dataDirectory: string, fromEnvironment: string | undefined): Promise<{ token: string; generated: boolean; file?: string }> {
  if (fromEnvironment) {
    // A short token set on purpose must not be silently replaced by another: refuse, and say why.
    if (fromEnvironment.length < MINIMUM_ADMIN_TOKEN_LENGTH) {
      throw new PolicyBotError('CONFIG_INVALID', `ADMIN_TOKEN 太短（${fromEnvironment.length} 个字符）`, `请设置至少 ${MINIMUM_ADMIN_TOKEN_LENGTH} 个字符的随机令牌，或不设置、由系统生成。`);
    }
    return { token: fromEnvironment, generated: false };
  }
  const file = path.join(dataDirectory, 'admin-token');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) return { token: existing, generated: false, file };
  const token = randomBytes(24).toString('base64url');
  await mkdir(dataDirectory, { recursive: true, mode: 0o700 });
  await writeFile(file, token + '\n', { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return { token: (await readFile(file, 'utf8')).trim(), generated: true, file };
}
