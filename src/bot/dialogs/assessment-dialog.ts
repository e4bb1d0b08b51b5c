/**
 * The self-assessment questionnaire as a dialog: the steps come from the pure state machine in
 * assessment/questionnaire.ts; at the end the profile is remembered for the user (the financing
 * form reuses it) and the result is said and counted.
 */
import type { Botkit, BotkitConversation } from 'botkit';
import { summarize } from '../../assessment/report.js';
import { answerStep, currentStep, startQuestionnaire, type QuestionnaireState, type Step } from '../../assessment/questionnaire.js';
import { texts } from '../../texts.js';
import type { BotServices, Turn } from '../turn.js';
import { createFormDialog } from './form-dialog.js';

export const ASSESSMENT_DIALOG = 'assessment';

export function createAssessmentDialog(controller: Botkit, services: BotServices): BotkitConversation {
  const knowledge = () => services.knowledge.current.knowledge;
  return createFormDialog<QuestionnaireState, Extract<Step, { kind: 'done' }>>(controller, services, {
    id: ASSESSMENT_DIALOG,
    name: texts.questionnaire.name,
    intent: 'assessment',
    // Reopened at one question (修改 after a result): no need for the whole introduction again.
    intro: (given) =>
      given?.current ? texts.questionnaire.amending : given?.stated ? `${texts.questionnaire.intro}\n${texts.questionnaire.statedBefore(given.stated)}` : texts.questionnaire.intro,
    resume: texts.questionnaire.resume,
    start: (given) => given ?? startQuestionnaire(),
    present: (state) => currentStep(knowledge(), state),
    answer: (state, text) => answerStep(knowledge(), state, text),
    finish: (done, turn) => finishAssessment(done, turn),
  });
}

/** Remembers the answers for the user, counts the outcome and says the result (also used when reused answers leave nothing to ask). */
export async function finishAssessment(done: Extract<Step, { kind: 'done' }>, turn: Turn, notice?: string): Promise<void> {
  const { services } = turn;
  await services.users.update(turn.user.channel, turn.user.id, (record) => ({
    ...record,
    profile: done.state.profile,
    assessmentSkipped: done.state.skipped,
    profileUpdatedAt: new Date().toISOString(),
  }));
  await services.assessments.record(turn.user.channel, done.result);
  const early = [notice, done.stoppedEarly ? texts.questionnaire.stoppedEarly : undefined].filter(Boolean).map((line) => `${line}\n`).join('');
  await turn.say({
    text: early + summarize(done.result),
    intent: 'assessment',
    citations: done.result.citations,
    card: texts.cards.assessment,
    assessment: done.result,
  });
}
