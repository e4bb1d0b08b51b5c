/**
 * The question streams of the benchmark. `repeated` cycles over the tuning questions, as a busy
 * day does (and as the answer cache likes). `distinct` never sends the same text twice: each
 * question is wrapped in the filler owners type (请问…, 老板问…, …吗), which the bot strips before
 * searching but which makes every text new to the cache, so each turn pays for a full search.
 */
const PREFIXES = ['', '请问', '想问下', '老板问', '麻烦问一下', '您好，', '咨询一下', '俺们想问', '打扰一下，', '问个事：', '你好，请问', '我想了解'];
const SUFFIXES = ['', '？', '呢', '啊', '吗？', '，谢谢', '。', '，麻烦了', '哈', '，急', '?', '！'];

export type StreamKind = 'repeated' | 'distinct';

/** The n-th text of a stream (n from 0). Past the filler combinations a counter keeps it unique. */
export function streamQuestion(questions: string[], kind: StreamKind, n: number): string {
  const question = questions[n % questions.length]!;
  if (kind === 'repeated') return question;
  const variant = Math.floor(n / questions.length);
  const prefix = PREFIXES[variant % PREFIXES.length]!;
  const suffix = SUFFIXES[Math.floor(variant / PREFIXES.length) % SUFFIXES.length]!;
  const round = Math.floor(variant / (PREFIXES.length * SUFFIXES.length));
  return `${round ? `第${round}次问：` : ''}${prefix}${question}${suffix}`;
}
