/**
 * The financing-need form as a Botkit dialog. The form's state lives in the dialog vars (so a
 * restart resumes it); the steps come from the pure state machine in financing/form.ts. The
 * need is written only after explicit consent, and the owner is told it is saved only after
 * the write has reached the disk.
 */
import { BotkitConversation, type Botkit, type BotWorker, type BotkitMessage } from 'botkit';
import { CONSENT_VERSION, advance, answerFinancingStep, presentStep, startFinancingForm, type FinancingFormState, type FormStep } from '../../financing/form.js';
import { matchSupport } from '../../financing/matching.js';
import { maskPersonalData } from '../../infrastructure/privacy.js';
import { texts } from '../../texts.js';
import { tryAnswerPolicyQuestion } from '../policy-answers.js';
import { createTurn, replyActivity, type BotServices } from '../turn.js';
import { promptLine, showPrompt, type PromptVars } from './form-prompt.js';
import { looksLikeQuestion } from '../intents.js';

export const FINANCING_DIALOG = 'financing';

interface DialogVars extends PromptVars {
  form?: FinancingFormState;
}

function show(vars: DialogVars, step: Extract<FormStep, { kind: 'ask' | 'not-understood' }>, notice?: string): void {
  vars.form = step.state;
  showPrompt(vars, step, notice);
}

export function createFinancingDialog(controller: Botkit, services: BotServices): BotkitConversation {
  const dialog = new BotkitConversation(FINANCING_DIALOG, controller);

  // The form arrives in the dialog options (prefilled by whoever starts it); vars.question marks a started form.
  dialog.before('default', async (convo, bot) => {
    const vars = convo.vars as DialogVars;
    if (vars.question) return;
    await bot.say(replyActivity({ text: texts.financingForm.intro, intent: 'financing' }));
    show(vars, advance(vars.form ?? startFinancingForm()));
  });

  dialog.addQuestion(
    promptLine('financing'),
    async (answer: string, convo, bot: BotWorker, message: BotkitMessage) => {
      const vars = convo.vars as DialogVars;
      const turn = createTurn(bot, message, services);
      const form = vars.form ?? startFinancingForm();
      // Free-text fields would accept “政银担是什么” as an answer: a question the knowledge base can
      // answer is answered instead, and the same field is asked again.
      if (looksLikeQuestion(answer ?? '') && (await tryAnswerPolicyQuestion(turn))) {
        show(vars, presentStep(form), texts.questionnaire.resume);
        return convo.repeat();
      }
      const step = answerFinancingStep(form, answer ?? '');
      if (step.kind === 'not-understood') {
        const answered = await tryAnswerPolicyQuestion(turn);
        show(vars, answered ? presentStep(step.state) : step, answered ? texts.questionnaire.resume : undefined);
        return convo.repeat();
      }
      if (step.kind === 'ask') {
        show(vars, step);
        return convo.repeat();
      }
      if (step.kind === 'refused') {
        await turn.say({ text: texts.financingForm.refused, intent: 'financing' });
        return convo.stop();
      }
      let saved;
      try {
        saved = await services.needs.submit({
          fields: step.fields,
          channel: turn.user.channel,
          userId: turn.user.id,
          consent: { version: CONSENT_VERSION, text: texts.financingForm.consent, at: new Date().toISOString() },
        });
      } catch (error) {
        services.logger.error('融资需求保存失败', { error: error as Error });
        show(vars, { kind: 'not-understood', state: step.state, hint: texts.financingForm.saveFailed });
        return convo.repeat();
      }
      services.logger.info('融资需求已保存', { id: saved.need.id, updated: saved.updated, company: maskPersonalData(saved.need.creditCode) });
      const { knowledge } = services.knowledge.current;
      const support = matchSupport(knowledge, saved.need);
      const lines = [saved.updated ? texts.financingForm.updated(saved.need.id) : texts.financingForm.saved(saved.need.id), texts.financingForm.nextSteps];
      if (support.length) {
        lines.push(texts.financingForm.matchedSupport, ...support.map((item) => `· ${item.title}：${item.text}（${item.citation.section}）`));
      }
      await turn.say({ text: lines.join('\n'), intent: 'financing', citations: support.map((item) => item.citation), card: texts.cards.needSaved });
      return convo.stop();
    },
    'answer',
    'default',
  );
  return dialog;
}

