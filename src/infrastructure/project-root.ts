/**
 * The project's root directory, found from any module (source under vitest or compiled under
 * dist/), for files that are shipped as they are: the web pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = import.meta.url): string {
  let directory = path.dirname(fileURLToPath(from));
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('package.json not found above ' + fileURLToPath(from));
    directory = parent;
  }
  return directory;
}
