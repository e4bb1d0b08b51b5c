/**
 * One Botkit dialog for every form (the self-assessment, the financing form). A form is a pure
 * state machine; this file keeps its state in the dialog vars (persisted with the conversation,
 * so a restart resumes it), shows the question with an optional notice above it, answers a
 * policy question asked in the middle (a message shaped like a question) and then asks the same
 * question again.
 */
import { BotkitConversation, type Botkit, type BotkitDialogWrapper, type BotWorker, type BotkitMessage } from 'botkit';
import { looksLikeQuestion } from '../../forms/answer-parser.js';
import { texts } from '../../texts.js';
import { openHandoffFromForm } from '../handoff-entry.js';
import { asksForPerson } from '../intents.js';
import { answerOrDeclineInForm, tryAnswerPolicyQuestion } from '../policy-answers.js';
import { createTurn, replyActivity, withinBotkit, type BotServices, type ReplyIntent, type Turn } from '../turn.js';

export type AskStep<State> = { kind: 'ask'; state: State; prompt: string; options: string[]; notice?: string };
/** `replied`: the hint answers the message itself (an explanation, “which one?”), not a failed parse. */
export type RetryStep<State> = { kind: 'not-understood'; state: State; hint: string; replied?: boolean };

export interface FormDefinition<State, Finished extends { kind: string; state: State }> {
  id: string;
  /** What the owner is doing, as staff and the owner read it (“融资需求登记”). */
  name: string;
  intent: ReplyIntent;
  /** Said before the first question; a form resumed at a given question (修改 after a result) may say something else. */
  intro: string | ((given: State | undefined) => string);
  /** Said above the question asked again after a policy question answered in the middle (“我们继续自测：”). */
  resume: string;
  /** The state to start from: what the starter passed as `{ state }`, or a fresh one. */
  start(given: State | undefined): State;
  /** The current question (the first one at the start), asked as it is. */
  present(state: State): AskStep<State>;
  answer(state: State, text: string): AskStep<State> | RetryStep<State> | Finished;
  /**
   * Forms with free-text fields would take “政银担是什么” as an answer: for them a message shaped
   * like a question goes to the knowledge base first.
   */
  questionsFirst?: boolean;
  /** Says the outcome; a retry (a save that failed) keeps the form open on the same step. */
  finish(finished: Finished, turn: Turn): Promise<RetryStep<State> | void>;
}

interface FormVars<State> {
  state?: State;
  /** The question on screen, and a line above it (a hint, “已跳过”) for this turn only. */
  question?: string;
  notice?: string;
  options?: string[];
  /** How many answers in a row the question on screen has not understood. */
  failures?: number;
}

/** After this many answers in a row not understood, the hint also says how to get a person or leave. */
const FAILURES_BEFORE_WAY_OUT = 3;

function show<State>(vars: FormVars<State>, step: AskStep<State> | RetryStep<State>, notice?: string): void {
  vars.state = step.state;
  if (step.kind === 'ask') {
    if (step.prompt !== vars.question) vars.failures = 0;
    vars.question = step.prompt;
    vars.options = step.options;
    vars.notice = notice ?? step.notice;
    return;
  }
  vars.failures = step.replied ? 0 : (vars.failures ?? 0) + 1;
  vars.notice = notice ?? (vars.failures >= FAILURES_BEFORE_WAY_OUT ? `${step.hint}\n${texts.formStuck}` : step.hint);
}

export function createFormDialog<State, Finished extends { kind: string; state: State }>(
  controller: Botkit,
  services: BotServices,
  form: FormDefinition<State, Finished>,
): BotkitConversation {
  const dialog = new BotkitConversation(form.id, controller);

  dialog.before('default', (convo, bot) =>
    withinBotkit(
      bot,
      services.logger,
      async () => {
        const vars = convo.vars as FormVars<State>;
        if (vars.question) return;
        await bot.say(replyActivity({ text: typeof form.intro === 'function' ? form.intro(vars.state) : form.intro, intent: form.intent }));
        show(vars, form.present(form.start(vars.state)));
      },
      () => convo.stop(),
    ),
  );

  dialog.addQuestion(
    {
      // Text and buttons are computed from the vars on every (re)ask.
      text: async (_line: unknown, vars: FormVars<State>) => [vars.notice, vars.question].filter(Boolean).join('\n'),
      quick_replies: async (_line: unknown, vars: FormVars<State>) => (vars.options ?? []).map((option) => ({ title: option, payload: option })),
      channelData: { intent: form.intent },
    } as never,
    (answer: string, convo, bot: BotWorker, message: BotkitMessage) =>
      // On an error the question is asked again, with every answer so far kept.
      withinBotkit(bot, services.logger, () => answerStep(answer, convo, bot, message), () => convo.repeat()),
    'answer',
    'default',
  );

  async function answerStep(answer: string, convo: BotkitDialogWrapper, bot: BotWorker, message: BotkitMessage): Promise<void> {
    const vars = convo.vars as FormVars<State>;
    const turn = createTurn(bot, message, services);
    const state = vars.state ?? form.start(undefined);
    const text = answer ?? '';
    const shapedLikeQuestion = looksLikeQuestion(text);
    // “人工”, “转人工” is a request for a person, not a wrong answer: staff are told where the owner
    // is stuck, and the form stays on the same question.
    if (asksForPerson(text, services.knowledge.current.knowledge.intents)) {
      await openHandoffFromForm(turn, form.name, vars.question ?? '');
      vars.failures = 0;
      show(vars, form.present(state));
      return convo.repeat();
    }
    if (form.questionsFirst && shapedLikeQuestion && (await tryAnswerPolicyQuestion(turn))) {
      show(vars, form.present(state), form.resume);
      return convo.repeat();
    }
    const step = form.answer(state, text);
    if (step.kind === 'not-understood') {
      const retry = step as RetryStep<State>;
      // Only a question gets a policy answer here: “确认” or “买设备” typed at a yes/no question is a
      // garbled answer, and a clause that happens to hold the word would bury the hint saying what to type.
      const answered = !retry.replied && shapedLikeQuestion && (await answerOrDeclineInForm(turn));
      if (answered) show(vars, form.present(retry.state), form.resume);
      else show(vars, retry);
      return convo.repeat();
    }
    if (step.kind === 'ask') {
      show(vars, step as AskStep<State>);
      return convo.repeat();
    }
    vars.state = step.state;
    const retry = await form.finish(step as Finished, turn);
    if (retry) {
      show(vars, retry);
      return convo.repeat();
    }
    return convo.stop();
  }
  return dialog;
}
