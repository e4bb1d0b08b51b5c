/**
 * The financing-need form: its fields, and a pure state machine (like the self-assessment
 * questionnaire) that the Botkit dialog drives. Confirmation and consent are steps of the form,
 * so nothing reaches the store before the owner has agreed.
 */
import { looksLikeQuestion, parseAnswer, parseQuantity, saysUnknown, withoutTrailingParticles } from '../forms/answer-parser.js';
import type { Profile } from '../assessment/profile.js';
import { findByLabel, findByLabelStrictly, formCommand } from '../forms/commands.js';
import type { IntentGrammar } from '../knowledge/model.js';
import { texts as allTexts } from '../texts.js';
import { validateCreditCode, validateMobile, validateTerm, validateText, validateWords, type Validation } from './validators.js';

const texts = allTexts.financingForm;

/** Recorded with every need: which consent wording the owner agreed to. Bump it when the wording changes. */
export const CONSENT_VERSION = 'financing-consent-v1';

export const COUNTIES = ['埇桥区', '砀山县', '萧县', '灵璧县', '泗县', '其他'] as const;
export const GUARANTEES = ['抵押', '质押', '保证', '信用', '应收账款', '其他'] as const;
export const CERTIFICATIONS = ['专精特新中小企业', '创新型中小企业', '高新技术企业', '其他认定', '没有'] as const;
export const PRODUCTS = ['税融通', '续贷过桥', '政银担', '应收账款融资', '股权融资', '不确定'] as const;

export interface NeedFields {
  companyName: string;
  creditCode: string;
  county: string;
  industry: string;
  contactName: string;
  phone: string;
  amount: number;
  purpose: string;
  term: string;
  guarantee: string;
  certification: string;
  product: string;
  notes?: string;
}

type FieldId = keyof NeedFields;

interface FormField {
  id: FieldId;
  label: string;
  prompt: string;
  hint: string;
  options?: readonly string[];
  optional?: boolean;
  read(text: string): Validation<string | number>;
}

/** An answer that starts by saying there is none (没了, 没有, 都没有, 没抵押). */
const SAYS_NONE = /^(?:都|啥都|什么都|暂时|目前)?(?:没了|没有|没|无)/u;

/** Nothing to add, as owners say it. */
const NOTHING_MORE = /^(没了|没有了?|无|暂无|没什么了?|没啥了?|不用了?|没有补充)[。.!！~]*$/u;

/**
 * A person's name or title (张经理, 王总, Zhang San): “1” or “-” is a slip of the keyboard. An amount (“大概要五百来万吧”, typed ahead of the amount
 * question) or a question is no name: it was saved as the contact.
 */
function validateName(text: string): Validation<string> {
  const read = validateText(text, 1, 20);
  if (!read.ok) return read;
  const amount = parseQuantity(read.value, '万元');
  const notAName = !/\p{L}/u.test(read.value) || /[0-9]/u.test(read.value) || amount.kind === 'value' || looksLikeQuestion(read.value);
  return notAName ? { ok: false, reason: 'format' } : read;
}

/** Owners' short names for an option (高企 is no substring of 高新技术企业). */
const OPTION_ALIASES: Partial<Record<string, string[]>> = {
  高新技术企业: ['高企', '高新企业', '国高'],
  // A guarantee by a company or a person is a 保证 in lending terms (担保公司担保, 法人担保).
  保证: ['担保公司', '担保', '法人担保', '个人担保', '连带责任'],
  续贷过桥: ['过桥', '过桥资金', '倒贷'],
};

function choice(options: readonly string[]) {
  return (text: string): Validation<string> => {
    const parsed = parseAnswer(text, { type: 'choice', options: options.map((option) => ({ value: option, label: option, aliases: OPTION_ALIASES[option] })) });
    if (parsed.kind !== 'value') return { ok: false, reason: parsed.kind === 'invalid' && parsed.listLength ? 'no-such-item' : 'format' };
    // “厂房抵押” is 抵押, and staff should still read what the owner said.
    return { ok: true, value: parsed.detail ? `${String(parsed.value)}（${parsed.detail}）` : String(parsed.value) };
  };
}

export const FORM_FIELDS: readonly FormField[] = [
  { id: 'companyName', label: '企业名称', prompt: texts.prompts.companyName, hint: texts.hints.companyName, read: (text) => validateWords(text, 2, 60) },
  { id: 'creditCode', label: '统一社会信用代码', prompt: texts.prompts.creditCode, hint: texts.hints.creditCode, read: validateCreditCode },
  { id: 'county', label: '所在县区', prompt: texts.prompts.county, hint: texts.hints.choice, options: COUNTIES, read: choice(COUNTIES) },
  { id: 'industry', label: '所属行业', prompt: texts.prompts.industry, hint: texts.hints.industry, read: (text) => validateWords(text, 2, 30) },
  { id: 'contactName', label: '联系人', prompt: texts.prompts.contactName, hint: texts.hints.contactName, read: validateName },
  { id: 'phone', label: '手机号', prompt: texts.prompts.phone, hint: texts.hints.phone, read: validateMobile },
  {
    id: 'amount',
    label: '融资金额',
    prompt: texts.prompts.amount,
    hint: texts.hints.amount,
    read: (text) => {
      const parsed = parseQuantity(text, '万元');
      if (parsed.kind !== 'value' || typeof parsed.value !== 'number') return { ok: false, reason: 'format' };
      return parsed.value > 0 && parsed.value <= 1_000_000 ? { ok: true, value: parsed.value } : { ok: false, reason: 'range' };
    },
  },
  { id: 'purpose', label: '用途', prompt: texts.prompts.purpose, hint: texts.hints.purpose, read: (text) => validateWords(text, 2, 100) },
  { id: 'term', label: '期限', prompt: texts.prompts.term, hint: texts.hints.term, read: validateTerm },
  { id: 'guarantee', label: '担保方式', prompt: texts.prompts.guarantee, hint: texts.hints.choice, options: GUARANTEES, read: choice(GUARANTEES) },
  { id: 'certification', label: '资质认定', prompt: texts.prompts.certification, hint: texts.hints.choice, options: CERTIFICATIONS, read: choice(CERTIFICATIONS) },
  { id: 'product', label: '意向产品', prompt: texts.prompts.product, hint: texts.hints.choice, options: PRODUCTS, read: choice(PRODUCTS) },
  { id: 'notes', label: '补充说明', prompt: texts.prompts.notes, hint: texts.hints.notes, optional: true, read: (text) => validateText(text, 1, 500) },
];

export interface FinancingFormState {
  values: Partial<NeedFields>;
  history: FieldId[];
  skipped: FieldId[];
  /** A field id while filling in; then the confirmation and consent steps. */
  position: FieldId | 'confirm' | 'consent';
}

export type FormStep =
  | { kind: 'ask'; state: FinancingFormState; prompt: string; options: string[]; notice?: string }
  | { kind: 'consented'; state: FinancingFormState; fields: NeedFields }
  | { kind: 'refused'; state: FinancingFormState }
  | { kind: 'not-understood'; state: FinancingFormState; hint: string };

export type AskStep = Extract<FormStep, { kind: 'ask' }>;

const INDUSTRY_LABELS: Record<string, string> = { industrial: '工业', software: '软件和信息技术服务业' };

/** Starts the form, prefilled from the self-assessment where the two ask the same thing. */
export function startFinancingForm(profile?: Profile): FinancingFormState {
  const values: Partial<NeedFields> = {};
  if (profile?.name) values.companyName = profile.name;
  if (profile?.industry && INDUSTRY_LABELS[profile.industry]) values.industry = INDUSTRY_LABELS[profile.industry];
  const state: FinancingFormState = { values, history: [], skipped: [], position: 'companyName' };
  return { ...state, position: nextPosition(state) };
}

export function summarizeNeed(values: Partial<NeedFields>): string {
  return FORM_FIELDS.filter((field) => values[field.id] !== undefined)
    .map((field) => `${field.label}：${field.id === 'amount' ? `${values.amount}万元` : String(values[field.id])}`)
    .join('\n');
}

function nextPosition(state: FinancingFormState): FinancingFormState['position'] {
  const next = FORM_FIELDS.find((field) => state.values[field.id] === undefined && !state.skipped.includes(field.id));
  return next?.id ?? 'confirm';
}

export function presentStep(state: FinancingFormState, notice?: string): AskStep {
  if (state.position === 'confirm') {
    return { kind: 'ask', state, prompt: texts.confirm(summarizeNeed(state.values)), options: ['确认', '修改'], notice };
  }
  if (state.position === 'consent') return { kind: 'ask', state, prompt: texts.consent, options: ['同意', '不同意'], notice };
  const field = FORM_FIELDS.find((candidate) => candidate.id === state.position)!;
  const options = field.options ? [...field.options] : [];
  const listed = options.length ? `\n${options.map((option, index) => `${index + 1}. ${option}`).join('\n')}` : '';
  const optional = field.optional ? texts.optional : '';
  return { kind: 'ask', state, prompt: `${field.prompt}${optional}${listed}`, options, notice };
}

function advance(state: FinancingFormState, notice?: string): AskStep {
  return presentStep({ ...state, position: nextPosition(state) }, notice);
}

const YES = /^(1|确认|确定|是|对|没问题|无误|正确|好|好的|可以|ok)$/i;
const AGREE = /^(1|同意|是|好|好的|可以|愿意|ok)$/i;
const DISAGREE = /^(2|不同意|否|不|不愿意|拒绝)$/i;
const NOT_RIGHT = /^(不对|不是|有错|错了|不正确|有问题)$/u;

/**
 * A yes or a no at the confirmation and consent steps, in the words owners use (“对的 没问题”,
 * “可以的”, “确认无误”, “不对”); nothing when it is neither. “对的 没问题” was met with
 * “请回复“1”确认” and the whole summary again.
 */
function yesOrNo(text: string, yes: RegExp, no: RegExp): boolean | undefined {
  const bare = withoutTrailingParticles(text);
  if (yes.test(text) || yes.test(bare) || /^(确认|确定)(无误|没问题|正确|提交)?$/u.test(bare)) return true;
  if (no.test(text) || no.test(bare)) return false;
  // A question typed here (“税融通贷多少”) is neither; the dialog may answer it.
  if (looksLikeQuestion(text)) return undefined;
  // Only a yes is taken from the questionnaire's reading: its “没有” is a no there, but here it may
  // say there is nothing wrong, and a wrong guess either way loses the owner's next step.
  return saysYes(text) ? true : undefined;
}

/** A yes as the questionnaire reads one (是的, 有, 对, 嗯). */
function saysYes(text: string): boolean {
  const read = parseAnswer(text, { type: 'boolean' });
  return read.kind === 'value' && read.value === true;
}

export function answerFinancingStep(state: FinancingFormState, text: string, grammar: IntentGrammar): FormStep {
  const trimmed = text.normalize('NFKC').trim();
  const command = formCommand(trimmed, grammar);

  if (command?.kind === 'back') {
    const previous = state.history[state.history.length - 1];
    if (!previous) return presentStep(state, texts.atFirstField);
    const values = { ...state.values };
    delete values[previous];
    return presentStep({ ...state, values, history: state.history.slice(0, -1), skipped: state.skipped.filter((id) => id !== previous), position: previous }, allTexts.questionnaire.wentBack);
  }
  // “手机号改成13912345678”: that field is reopened and answered with the new value at once.
  const editTo = command?.kind === 'edit' && command.value !== undefined ? { value: command.value, field: findByLabelStrictly(FORM_FIELDS, command.target) } : undefined;
  const editedTo = editTo?.field;
  if (editTo && editedTo) {
    const values = { ...state.values };
    delete values[editedTo.id];
    const reopened: FinancingFormState = { ...state, values, skipped: state.skipped.filter((id) => id !== editedTo.id), position: editedTo.id };
    const answered = answerFinancingStep(reopened, editTo.value, grammar);
    // Back where the owner was, or on that field, asked with its hint, when the value does not read.
    if (answered.kind === 'not-understood') return presentStep(reopened, answered.hint);
    return answered.kind === 'ask' && answered.state.values[editedTo.id] !== undefined ? presentStep(answered.state, allTexts.questionnaire.edited(editedTo.label)) : answered;
  }
  if ((command?.kind === 'edit' && command.value === undefined) || (state.position === 'confirm' && /^(2|修改)$/.test(trimmed))) {
    const target = command?.kind === 'edit' ? findByLabel(FORM_FIELDS, command.target) : undefined;
    if (!target) return { kind: 'not-understood', state, hint: texts.whichField(FORM_FIELDS.map((field) => field.label)) };
    const values = { ...state.values };
    delete values[target.id];
    return presentStep({ ...state, values, skipped: state.skipped.filter((id) => id !== target.id), position: target.id }, allTexts.questionnaire.editing(target.label));
  }

  if (state.position === 'confirm') {
    const confirmed = yesOrNo(trimmed, YES, NOT_RIGHT);
    if (confirmed) return presentStep({ ...state, position: 'consent' });
    // “不对”: something is to be changed; which field is the owner's to say.
    if (confirmed === false) return { kind: 'not-understood', state, hint: texts.whichField(FORM_FIELDS.map((field) => field.label)) };
    return { kind: 'not-understood', state, hint: texts.confirmHint };
  }
  if (state.position === 'consent') {
    const agreed = yesOrNo(trimmed, AGREE, DISAGREE);
    if (agreed) return { kind: 'consented', state, fields: state.values as NeedFields };
    if (agreed === false) return { kind: 'refused', state };
    return { kind: 'not-understood', state, hint: texts.consentHint };
  }

  const field = FORM_FIELDS.find((candidate) => candidate.id === state.position)!;
  // “没了”, “没有” to an optional question is a skip, not a note saying “没了”.
  if (command?.kind === 'skip' || (field.optional && NOTHING_MORE.test(trimmed))) {
    if (!field.optional) return { kind: 'not-understood', state, hint: texts.required(field.label) };
    return advance({ ...state, skipped: [...state.skipped, field.id], history: [...state.history, field.id] });
  }
  // “是的”, “有” to “还有其他补充说明吗？” says there is more, not what: it is asked for, never saved as the note.
  if (field.id === 'notes' && saysYes(trimmed)) return { kind: 'not-understood', state, hint: texts.hints.notesWanted };
  const keepAhead = (ahead: { field: FormField; value: string | number }) => {
    const shown = ahead.field.id === 'amount' ? `${ahead.value}万元` : String(ahead.value);
    return presentStep({ ...state, values: { ...state.values, [ahead.field.id]: ahead.value } }, texts.keptForLater(ahead.field.label, shown));
  };
  const ahead = FREE_TEXT_FIELDS.has(field.id) ? answerAhead(trimmed, field.id, state) : undefined;
  if (ahead) return keepAhead(ahead);
  const read = field.read(trimmed);
  // A mobile number or “三百万左右” at 县区: no choice, but the answer to a question still to come.
  const aheadOfChoice = !read.ok && field.options ? answerAhead(trimmed, field.id, state) : undefined;
  if (aheadOfChoice) return keepAhead(aheadOfChoice);
  // “没了”, “没有”, “没抵押”: not “其他”, which is another kind of guarantee; the owner is told what
  // lenders call a loan without one, rather than guessed for.
  if (field.id === 'guarantee' && SAYS_NONE.test(withoutTrailingParticles(trimmed)) && (!read.ok || read.value === '其他')) {
    return { kind: 'not-understood', state, hint: texts.hints.noGuarantee(GUARANTEES.indexOf('信用') + 1, GUARANTEES.indexOf('其他') + 1) };
  }
  // “不知道信用代码”, “忘了”: not a wrong format, so the reply says where to find it instead of “格式不对”.
  if (!read.ok && !field.optional && !field.options && saysUnknown(trimmed)) return { kind: 'not-understood', state, hint: texts.requiredButUnknown(field.label, field.hint) };
  if (!read.ok) {
    const hints = {
      checksum: texts.hints.creditCodeChecksum,
      range: texts.outOfRange(field.hint),
      'no-such-item': allTexts.noSuchItem(field.options?.length ?? 0, false),
      format: texts.retry(field.hint),
    };
    const hint = hints[read.reason];
    return { kind: 'not-understood', state, hint };
  }
  return advance({ ...state, values: { ...state.values, [field.id]: read.value }, history: [...state.history, field.id] });
}

/** The free-text questions, which would take anything typed, a figure meant for a later one too. */
const FREE_TEXT_FIELDS: ReadonlySet<FieldId> = new Set(['companyName', 'industry', 'contactName', 'purpose']);
/** The questions whose answer is a bare figure, recognisable whenever it is typed. */
const FIGURE_FIELDS: readonly FieldId[] = ['creditCode', 'phone', 'amount', 'term'];
/** What a bare amount is said with (“大概要五百来万吧”): taken away, nothing that says a purpose or a name is left. */
const AMOUNT_WORDS = /[0-9.]+|[零〇一二两三四五六七八九十百千万亿]+|万元|元|左右|大概|大约|差不多|来|多|要|想|贷|借|吧|啊|呢|的/gu;

/**
 * “12个月” at 用途, “500万” at 行业, a mobile number at 联系人 or at 县区: a figure that answers a
 * question still to come, typed ahead of it. Saved as that answer it would have been lost twice
 * (wrong here, asked again there); it is kept for its own question, and this one is asked again.
 * Only a bare figure: “采购原材料500万” is a purpose. At a choice question, only what is no choice.
 */
function answerAhead(text: string, current: FieldId, state: FinancingFormState): { field: FormField; value: string | number } | undefined {
  const claims = FIGURE_FIELDS.filter((id) => id !== current && state.values[id] === undefined && !state.skipped.includes(id)).flatMap((id) => {
    const field = FORM_FIELDS.find((candidate) => candidate.id === id)!;
    const read = field.read(text);
    if (!read.ok) return [];
    // “12” at 行业 is a slip of the keyboard: an amount typed ahead says its unit.
    if (id === 'amount' && (!/[万元亿]/u.test(text) || (text.replace(AMOUNT_WORDS, '').match(/\p{L}/gu)?.length ?? 0) > 0)) return [];
    // A term said in words (不确定, 短期, 都行) could answer anything; only a duration is a figure.
    if (id === 'term' && !/[0-9零〇一二两三四五六七八九十百半]/u.test(text)) return [];
    return [{ field, value: read.value }];
  });
  return claims.length === 1 ? claims[0] : undefined;
}
