/**
 * The self-assessment questionnaire as a Botkit dialog. Botkit keeps the questionnaire state in
 * the dialog's vars (persisted with the conversation, so a restart resumes it); every decision is
 * made by the pure state machine in assessment/questionnaire.ts.
 */
import { BotkitConversation, type Botkit, type BotWorker, type BotkitMessage } from 'botkit';
import { summarize } from '../../assessment/report.js';
import { answerStep, nextStep, startQuestionnaire, type QuestionnaireState, type Step } from '../../assessment/questionnaire.js';
import { texts } from '../../texts.js';
import { tryAnswerPolicyQuestion } from '../policy-answers.js';
import { createTurn, replyActivity, type BotServices } from '../turn.js';
import { promptLine, showPrompt, type PromptVars } from './form-prompt.js';

export const ASSESSMENT_DIALOG = 'assessment';

interface DialogVars extends PromptVars {
  state?: QuestionnaireState;
}

function show(vars: DialogVars, step: Extract<Step, { kind: 'ask' | 'not-understood' }>, notice?: string): void {
  vars.state = step.state;
  showPrompt(vars, step, notice);
}

export function createAssessmentDialog(controller: Botkit, services: BotServices): BotkitConversation {
  const dialog = new BotkitConversation(ASSESSMENT_DIALOG, controller);

  dialog.before('default', async (convo, bot) => {
    const vars = convo.vars as DialogVars;
    if (vars.state) return;
    const { knowledge } = services.knowledge.current;
    await bot.say(replyActivity({ text: texts.questionnaire.intro, intent: 'assessment' }));
    const step = nextStep(knowledge, startQuestionnaire());
    if (step.kind === 'ask') show(vars, step);
  });

  dialog.addQuestion(
    promptLine('assessment'),
    async (answer: string, convo, bot: BotWorker, message: BotkitMessage) => {
      const vars = convo.vars as DialogVars;
      const { knowledge } = services.knowledge.current;
      const step = answerStep(knowledge, vars.state ?? startQuestionnaire(), answer ?? '');
      if (step.kind === 'not-understood') {
        // A policy question in the middle is answered, then the same question is asked again.
        const answered = await tryAnswerPolicyQuestion(createTurn(bot, message, services));
        const current = nextStep(knowledge, { ...step.state, invalidAnswers: 0 });
        if (answered && current.kind === 'ask') show(vars, current, texts.questionnaire.resume);
        else show(vars, step);
        return convo.repeat();
      }
      if (step.kind === 'ask') {
        show(vars, step);
        return convo.repeat();
      }
      vars.state = step.state;
      const turn = createTurn(bot, message, services);
      await services.users.update(turn.user.channel, turn.user.id, (record) => ({
        ...record,
        profile: step.state.profile,
        profileUpdatedAt: new Date().toISOString(),
      }));
      await services.assessments.record(turn.user.channel, step.result);
      const early = step.stoppedEarly ? `${texts.questionnaire.stoppedEarly}\n` : '';
      await turn.say({ text: early + summarize(step.result), intent: 'assessment', citations: step.result.citations, card: texts.cards.assessment });
      return convo.stop();
    },
    'answer',
    'default',
  );
  return dialog;
}
