/**
 * Reads a text file whatever encoding a Chinese office saved it in. Excel and WPS save
 * “CSV (逗号分隔)” as GBK on Chinese Windows; “CSV UTF-8” with a BOM; some tools write UTF-16.
 * Order: a BOM decides; else text that is valid UTF-8 is UTF-8; else GB18030 (a superset of GBK).
 */
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** For people: which encoding was found. */
  encoding: string;
}

export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8（带 BOM）' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'GBK/GB18030' };
  }
}

export async function readTextFile(file: string): Promise<DecodedText> {
  return decodeText(await readFile(file));
}
