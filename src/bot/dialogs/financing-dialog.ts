/**
 * The financing-need form as a dialog: the steps come from the pure state machine in
 * financing/form.ts. The need is written only after explicit consent, and the owner is told it
 * is saved only after the write has reached the disk.
 */
import type { Botkit, BotkitConversation } from 'botkit';
import { CONSENT_VERSION, answerFinancingStep, presentStep, startFinancingForm, type FinancingFormState, type FormStep } from '../../financing/form.js';
import { matchSupport } from '../../financing/matching.js';
import { maskPersonalData } from '../../infrastructure/privacy.js';
import { texts } from '../../texts.js';
import type { BotServices } from '../turn.js';
import { createFormDialog } from './form-dialog.js';

export const FINANCING_DIALOG = 'financing';

export function createFinancingDialog(controller: Botkit, services: BotServices): BotkitConversation {
  return createFormDialog<FinancingFormState, Extract<FormStep, { kind: 'consented' | 'refused' }>>(controller, services, {
    id: FINANCING_DIALOG,
    name: texts.financingForm.name,
    intent: 'financing',
    intro: texts.financingForm.intro,
    resume: texts.financingForm.resume,
    // The starter passes the form prefilled from the user's self-assessment profile.
    start: (given) => given ?? startFinancingForm(),
    present: (state) => presentStep(state),
    answer: (state, text) => answerFinancingStep(state, text, services.knowledge.current.knowledge.intents),
    questionsFirst: true,
    async finish(outcome, turn) {
      if (outcome.kind === 'refused') {
        await turn.say({ text: texts.financingForm.refused, intent: 'financing' });
        return;
      }
      let saved;
      try {
        saved = await services.needs.submit({
          fields: outcome.fields,
          channel: turn.user.channel,
          userId: turn.user.id,
          consent: { version: CONSENT_VERSION, text: texts.financingForm.consent, at: new Date().toISOString() },
        });
      } catch (error) {
        services.logger.error('融资需求保存失败', { error: error as Error });
        return { kind: 'not-understood', state: outcome.state, hint: texts.financingForm.saveFailed };
      }
      services.logger.info('融资需求已保存', { id: saved.need.id, updated: saved.updated, company: maskPersonalData(saved.need.creditCode) });
      const support = matchSupport(services.knowledge.current.knowledge, saved.need);
      const lines = [saved.updated ? texts.financingForm.updated(saved.need.id) : texts.financingForm.saved(saved.need.id), texts.financingForm.nextSteps];
      if (support.length) {
        lines.push(texts.financingForm.matchedSupport, ...support.map((item) => `· ${item.title}：${item.text}（${item.citation.section}）`));
      }
      await turn.say({ text: lines.join('\n'), intent: 'financing', citations: support.map((item) => item.citation), card: texts.cards.needSaved });
    },
  });
}
