/**
 * Ways into the self-assessment besides the menu: “自测” when answers are saved (reuse them or
 * start over), and “修改 X” / “补充 X” after a result (reopen that one question, recompute).
 */
import { amendQuestionnaire, answerStep, nextStep, questionnaireWithStated, startQuestionnaire } from '../assessment/questionnaire.js';
import { editWithValue, findByLabelStrictly } from '../forms/commands.js';
import { foldForMatching } from '../forms/answer-parser.js';
import { assess } from '../assessment/engine.js';
import { improvement } from '../assessment/report.js';
import { texts } from '../texts.js';
import { asksHowToImprove } from './intents.js';
import { ASSESSMENT_DIALOG, finishAssessment } from './dialogs/assessment-dialog.js';
import { remember } from './policy-answers.js';
import type { Turn } from './turn.js';

const AMEND = /^(?:我想|我要|帮我)?(?:修改|改一下|改|更改|重填|补充|补填)\s*(.+?)[\s。.!！吧啊]*$/u;

/** “修改 X” / “补充 X” / “研发费用改成300万”: may reopen a question of the last self-assessment (a form, so not the fast path). */
export function mayAmendAssessment(text: string): boolean {
  return AMEND.test(text.normalize('NFKC').trim()) || editWithValue(text) !== undefined;
}

export async function startAssessment(turn: Turn): Promise<void> {
  if (!turn.services.knowledge.current.knowledge.criteria) return turn.say({ text: texts.questionnaire.needsCriteria, intent: 'assessment' });
  const record = await turn.services.users.get(turn.user.channel, turn.user.id);
  if (record.profile && Object.keys(record.profile).length) {
    await remember(turn, { kind: 'reuse-assessment' });
    return turn.say({ text: texts.questionnaire.reuseOffer, intent: 'assessment', options: [...texts.questionnaire.reuseOptions] });
  }
  await remember(turn, undefined);
  // Figures the owner stated in a question just before (“营收5000万 员工200人 能评吗”) are not asked again.
  const stated = record.statedFigures && Date.now() - Date.parse(record.statedFigures.at) < STATED_FIGURES_WINDOW_MS ? record.statedFigures.figures : [];
  const knowledge = turn.services.knowledge.current.knowledge;
  await turn.begin(ASSESSMENT_DIALOG, stated.length ? { state: questionnaireWithStated(knowledge, stated) } : undefined);
}

/**
 * “还差12分 怎么能补上” after a self-assessment: the tiers short of points and where the most were
 * lost, from the saved answers (it was declined as a policy question). False when there are no saved
 * answers or no tier is short of points: the message is then a policy question like any other.
 */
export async function answerHowToImprove(turn: Turn): Promise<boolean> {
  const { knowledge } = turn.services.knowledge.current;
  if (!knowledge.criteria || !asksHowToImprove(turn.text)) return false;
  const record = await turn.services.users.get(turn.user.channel, turn.user.id);
  if (!record.profile || !Object.keys(record.profile).length) return false;
  const text = improvement(assess(knowledge, record.profile));
  if (!text) return false;
  await remember(turn, undefined);
  await turn.say({ text, intent: 'assessment' });
  return true;
}

/** How long figures stated in a question count for a self-assessment started after it. */
const STATED_FIGURES_WINDOW_MS = 30 * 60 * 1000;

/** Handles the reuse offer's answer and “修改 X” after a result; false when the message is neither. */
export async function continueAssessment(turn: Turn): Promise<boolean> {
  const { knowledge } = turn.services.knowledge.current;
  if (!knowledge.criteria) return false;
  const record = await turn.services.users.get(turn.user.channel, turn.user.id);
  if (record.shownList?.kind === 'reuse-assessment') {
    const text = foldForMatching(turn.text);
    const reuse = /^(1|沿用|沿用上次|沿用上次的答案|继续|用上次的)$/u.test(text);
    const restart = /^(2|重新开始|重新|重来|重新测)$/u.test(text);
    if (reuse || restart) {
      await remember(turn, undefined);
      const state = reuse ? startQuestionnaire(record.profile, record.assessmentSkipped) : startQuestionnaire();
      // Saved answers may already decide everything: then the result comes at once.
      const next = nextStep(knowledge, state);
      if (reuse && next.kind === 'done') await finishAssessment(next, turn);
      else await turn.begin(ASSESSMENT_DIALOG, { state });
      return true;
    }
  }
  // “研发费用改成300万” after a result: that answer changed and the result said again at once.
  const editTo = record.profile ? editWithValue(turn.text) : undefined;
  const edited = editTo && findByLabelStrictly(knowledge.criteria.questionnaire.questions, editTo.target);
  if (editTo && edited && record.profile) {
    const reopened = amendQuestionnaire(knowledge, record.profile, record.assessmentSkipped ?? [], edited.label)!;
    const step = answerStep(knowledge, reopened, editTo.value);
    await remember(turn, undefined);
    if (step.kind === 'done') await finishAssessment(step, turn, texts.questionnaire.edited(edited.label));
    else await turn.begin(ASSESSMENT_DIALOG, { state: step.kind === 'ask' ? step.state : reopened });
    return true;
  }
  const amend = AMEND.exec(turn.text.normalize('NFKC').trim());
  if (!amend || !record.profile) return false;
  const state = amendQuestionnaire(knowledge, record.profile, record.assessmentSkipped ?? [], amend[1]!);
  if (!state) {
    // “改革…” is a policy question; only an explicit 修改/补充 of an unknown item gets the hint.
    if (!/^(修改|补充|补填|重填)/u.test(turn.text.trim())) return false;
    await turn.say({ text: texts.questionnaire.amendUnknown(knowledge.criteria.questionnaire.questions.map((question) => question.label)), intent: 'assessment' });
    return true;
  }
  await remember(turn, undefined);
  await turn.begin(ASSESSMENT_DIALOG, { state });
  return true;
}
