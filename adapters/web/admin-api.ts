/**
 * The admin console's JSON API. Every route needs the admin token in `Authorization: Bearer …`
 * (never in a URL, where it would end up in logs and browser history); without it, 401 and no data.
 */
import { PolicyBotError } from '../../src/infrastructure/errors.js';
import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { App } from '../../src/app.js';
import type { Logger } from '../../src/infrastructure/logger.js';
import { staffTexts, texts } from '../../src/texts.js';
import { RateLimiter } from './rate-limit.js';
import { NEED_STATUSES, NEED_TRANSITIONS, type Need } from '../../src/financing/needs-store.js';
import { displayTime } from '../../src/infrastructure/time.js';
import { sendJson } from './http.js';
import type { HandoffRequest } from '../../src/handoff/store.js';
import type { StaffActionResult } from '../../src/handoff/service.js';
import { channelName, describeHandoff, handoffCounts, staffOutcome } from '../../src/handoff/render.js';

const statusChange = z.object({ status: z.enum(NEED_STATUSES) });

export class AdminApi {
  private readonly token: Buffer;

  /** Failed logins per address: slows guessing without touching owners' chat. */
  private readonly failures = new RateLimiter(30);
  /** Requests of a signed-in admin: generous, and apart from the chat's buckets. */
  private readonly signedIn = new RateLimiter(1200);

  constructor(
    private readonly app: App,
    token: string,
    private readonly logger: Logger,
  ) {
    this.token = Buffer.from(token);
  }

  private authorized(request: IncomingMessage): boolean {
    const header = request.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    return given.length === this.token.length && timingSafeEqual(given, this.token);
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL, body: () => Promise<Buffer>, ip: string): Promise<void> {
    if (!this.authorized(request)) {
      // Logged, so that an admin sees someone guessing; and counted, so that guessing is slow.
      this.logger.warn('管理后台令牌错误', { ip, path: url.pathname });
      if (!this.failures.allow(ip)) {
        response.setHeader('Retry-After', '60');
        return sendJson(response, 429, { error: texts.web.tooManyRequests });
      }
      return sendJson(response, 401, { error: staffTexts.admin.tokenRequired });
    }
    if (!this.signedIn.allow('admin')) {
      response.setHeader('Retry-After', '60');
      return sendJson(response, 429, { error: texts.web.tooManyRequests });
    }
    const services = this.app.bot.services;
    const route = url.pathname.slice('/admin/api/'.length);
    const desk = this.app.staff;
    // A status, date or format staff typed wrong, or a change the transitions forbid: the sentence to read.
    try {
      if (request.method === 'GET' && route === 'needs') {
        const query = { status: url.searchParams.get('status') || undefined, county: url.searchParams.get('county') || undefined, since: url.searchParams.get('since') || undefined };
        return sendJson(response, 200, (await desk.needs(query)).map(needView));
      }
      if (request.method === 'GET' && route.startsWith('needs/export')) {
        const exported = await desk.exportNeeds(url.searchParams.get('format') ?? 'csv');
        response.setHeader('Content-Type', exported.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
        response.setHeader('Content-Disposition', `attachment; filename="financing-needs.${exported.format}"`);
        response.setHeader('Cache-Control', 'no-store');
        return void response.end(exported.content);
      }
      const needMatch = /^needs\/([A-Za-z0-9-]+)(\/status|\/notes)?$/.exec(route);
      if (needMatch) {
        const id = needMatch[1]!;
        if (request.method === 'GET' && !needMatch[2]) {
          const need = await desk.need(id);
          return need ? sendJson(response, 200, needView(need)) : sendJson(response, 404, { error: staffTexts.admin.noSuchNeed });
        }
        if (request.method === 'POST' && needMatch[2] === '/notes') {
          const parsed = await readJson(body, staffNote);
          if (!parsed.ok) return sendJson(response, 400, { error: parsed.invalidJson ? texts.web.invalidJson : staffTexts.admin.noteRules });
          const need = await desk.addNeedNote(id, parsed.value.text, 'admin-console');
          return need ? sendJson(response, 200, needView(need)) : sendJson(response, 404, { error: staffTexts.admin.noSuchNeed });
        }
        if (request.method === 'POST' && needMatch[2] === '/status') {
          const parsed = await readJson(body, statusChange);
          if (!parsed.ok) return sendJson(response, 400, { error: parsed.invalidJson ? texts.web.invalidJson : staffTexts.admin.statusOneOf(NEED_STATUSES) });
          const need = await desk.setNeedStatus(id, parsed.value.status, 'admin-console');
          return need ? sendJson(response, 200, needView(need)) : sendJson(response, 404, { error: staffTexts.admin.noSuchNeed });
        }
      }
      if (route === 'handoffs' || route.startsWith('handoffs/') || route === 'unanswered/draft') return await this.handoffs(request, response, route, url, body);
    } catch (error) {
      if (error instanceof PolicyBotError && error.code === 'INPUT_INVALID') return sendJson(response, request.method === 'GET' ? 400 : 409, { error: `${error.message}。${error.hint}` });
      throw error;
    }
    if (request.method === 'GET' && route === 'unanswered') {
      return sendJson(response, 200, (await desk.unanswered()).map((entry) => ({ ...entry, lastAtText: displayTime(entry.lastAt) })));
    }
    if (request.method === 'GET' && route === 'assessments') return sendJson(response, 200, await services.assessments.counts());
    if (request.method === 'GET' && route === 'channels') return sendJson(response, 200, services.channels.all());
    if (request.method === 'GET' && route === 'channels/wechat/qr') {
      const file = services.channels.all().wechat?.qrCodeFile;
      const image = file ? await readFile(file).catch(() => undefined) : undefined;
      if (!image) return sendJson(response, 404, { error: staffTexts.admin.noQrCode });
      response.setHeader('Content-Type', 'image/png');
      response.setHeader('Cache-Control', 'no-store');
      return void response.end(image);
    }
    if (request.method === 'GET' && route === 'knowledge') return sendJson(response, 200, desk.knowledgeStatus());
    sendJson(response, 404, { error: staffTexts.admin.noSuchEndpoint });
  }

  /** 人工咨询: the open requests with counts, one request, and replying, taking, closing and drafting an FAQ. */
  private async handoffs(request: IncomingMessage, response: ServerResponse, route: string, url: URL, body: () => Promise<Buffer>): Promise<void> {
    const desk = this.app.staff;
    const { handoff } = desk;
    const draftOutcome = async (make: () => Promise<string>) => {
      try {
        const file = await make();
        return sendJson(response, 200, { file, message: staffTexts.handoff.draftSaved(file) });
      } catch (error) {
        if (error instanceof PolicyBotError && error.code === 'INPUT_INVALID') return sendJson(response, 409, { error: error.message });
        throw error;
      }
    };
    if (request.method === 'GET' && route === 'handoffs') {
      const { all, shown } = await handoff.store.listForStaff(url.searchParams.get('status') || undefined);
      return sendJson(response, 200, { counts: handoffCounts(all), requests: shown.reverse().map(handoffView) });
    }
    if (request.method === 'POST' && route === 'unanswered/draft') {
      const parsed = await readJson(body, unansweredDraft);
      if (!parsed.ok) return sendJson(response, 400, { error: parsed.invalidJson ? texts.web.invalidJson : staffTexts.admin.faqDraftFields });
      return draftOutcome(() => desk.draftFaqFromQuestion(parsed.value, 'admin-console'));
    }
    const match = /^handoffs\/([A-Za-z0-9-]+)(\/reply|\/take|\/close|\/draft)?$/.exec(route);
    if (!match) return sendJson(response, 404, { error: staffTexts.admin.noSuchEndpoint });
    const id = match[1]!.toUpperCase();
    if (request.method === 'GET' && !match[2]) {
      const found = await handoff.store.get(id);
      return found ? sendJson(response, 200, handoffView(found)) : sendJson(response, 404, { error: staffTexts.handoff.notFound(id) });
    }
    if (request.method !== 'POST') return sendJson(response, 405, { error: texts.web.postOnly });
    if (match[2] === '/reply') {
      const parsed = await readJson(body, handoffReply);
      if (!parsed.ok) return sendJson(response, 400, { error: parsed.invalidJson ? texts.web.invalidJson : staffTexts.admin.replyRules });
      return sendOutcome(response, id, await handoff.reply(id, parsed.value.text, 'admin-console'), 'reply');
    }
    if (match[2] === '/take') return sendOutcome(response, id, await handoff.take(id, 'admin-console'), 'take');
    if (match[2] === '/close') return sendOutcome(response, id, await handoff.close(id, 'admin-console'), 'close');
    const parsed = await readJson(body, draftRequest);
    if (!parsed.ok) return sendJson(response, 400, { error: parsed.invalidJson ? texts.web.invalidJson : staffTexts.admin.clauseRequired });
    return draftOutcome(() => desk.draftFaqFromHandoff(id, parsed.value.clause, 'admin-console'));
  }
}

const handoffReply = z.object({ text: z.string().trim().min(1).max(2000) });
const draftRequest = z.object({ clause: z.string().trim().min(1).max(200) });
const unansweredDraft = z.object({ question: z.string().trim().min(1).max(500), answer: z.string().trim().min(1).max(2000), clause: z.string().trim().min(1).max(200) });

/** A handoff request as the console shows it: times in Beijing time, the channel by name. */
function handoffView(request: HandoffRequest) {
  return {
    ...request,
    display: {
      channel: channelName(request.address.channel),
      createdAt: displayTime(request.createdAt),
      updatedAt: displayTime(request.updatedAt),
      text: describeHandoff(request),
    },
  };
}

/** A staff action's outcome as a status code and the sentence staff read. */
function sendOutcome(response: ServerResponse, id: string, result: StaffActionResult, action: 'reply' | 'take' | 'close'): void {
  const text = staffOutcome(id, result, action);
  if (result.kind === 'not-found') return sendJson(response, 404, { error: text });
  if (result.kind === 'closed') return sendJson(response, 409, { error: text });
  sendJson(response, 200, { message: text, delivery: result.delivery?.state ?? null, request: handoffView(result.request) });
}

/** A JSON body checked against a schema; which of the two failed decides the message. */
async function readJson<Schema extends z.ZodType>(body: () => Promise<Buffer>, schema: Schema): Promise<{ ok: true; value: z.infer<Schema> } | { ok: false; invalidJson: boolean }> {
  let raw: unknown;
  try {
    raw = JSON.parse((await body()).toString('utf8'));
  } catch {
    return { ok: false, invalidJson: true };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, invalidJson: false };
}

const staffNote = z.object({ text: z.string().trim().min(1).max(1000) });

/** A need as the console shows it: times in Beijing time, and where its status may go next. */
function needView(need: Need) {
  return {
    ...need,
    display: {
      createdAt: displayTime(need.createdAt),
      updatedAt: displayTime(need.updatedAt),
      consentAt: displayTime(need.consent.at),
      history: need.history.map((entry) => ({ ...entry, at: displayTime(entry.at) })),
      staffNotes: (need.staffNotes ?? []).map((note) => ({ ...note, at: displayTime(note.at) })),
      sameCreditCode: need.sameCreditCodeAs?.length ? staffTexts.sameCreditCode(need.sameCreditCodeAs) : '',
    },
    transitions: NEED_TRANSITIONS[need.status],
  };
}
