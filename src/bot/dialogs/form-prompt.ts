/**
 * What the two form dialogs (self-assessment, financing) share: the question on screen with an
 * optional notice above it, kept in the dialog vars, and the Botkit question line that renders it.
 */
import type { ReplyIntent } from '../turn.js';

export interface PromptVars {
  /** The question on screen, and a line above it (a hint, “已跳过”) for this turn only. */
  question?: string;
  notice?: string;
  options?: string[];
}

export type PromptStep = { kind: 'ask'; prompt: string; options: string[]; notice?: string } | { kind: 'not-understood'; hint: string };

export function showPrompt(vars: PromptVars, step: PromptStep, notice?: string): void {
  if (step.kind === 'ask') {
    vars.question = step.prompt;
    vars.options = step.options;
    vars.notice = notice ?? step.notice;
  } else vars.notice = notice ?? step.hint;
}

/** The Botkit question line: text and buttons are computed from the vars on every (re)ask. */
export function promptLine(intent: ReplyIntent): never {
  return {
    text: async (_line: unknown, vars: PromptVars) => [vars.notice, vars.question].filter(Boolean).join('\n'),
    quick_replies: async (_line: unknown, vars: PromptVars) => (vars.options ?? []).map((option) => ({ title: option, payload: option })),
    channelData: { intent },
  } as never;
}
