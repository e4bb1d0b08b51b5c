/**
 * The web chat and admin console: HTTP contract and safety with plain requests, then the pages in
 * a real browser (Debian's Chromium, or the one @sparticuz/chromium ships, driven by playwright-core).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../adapters/web/server.js';
import { formAnswers, validCreditCode } from './fixtures/needs.js';
import { onCleanup, ROOT, startTestBot, type TestBot } from './helpers.js';

const ADMIN_TOKEN = 'test-admin-token-0123456789';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Debian's Chromium when it is installed (CHROMIUM_PATH overrides); otherwise the one that
 * @sparticuz/chromium ships inside its npm package (unpacked to /tmp, no download), so that a
 * fresh clone passes `npm test` with nothing but `npm install`.
 */
async function browserExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const chosen = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  if (chosen) return { executablePath: chosen, args: BROWSER_ARGS };
  const packaged = (await import('@sparticuz/chromium')).default;
  // Its defaults suit a one-page Lambda (--single-process, no site isolation, no web security): a
  // test that opens many pages and checks the page's own safety needs a normal browser process model.
  const unsuitable = /^--(single-process|no-zygote|disable-web-security|disable-site-isolation-trials|allow-running-insecure-content|disable-features=)/;
  return { executablePath: await packaged.executablePath(), args: [...packaged.args.filter((arg) => !unsuitable.test(arg)), ...BROWSER_ARGS] };
}

/** Test screenshots go to a temp dir; `npm run screenshots` updates the README's picture on purpose. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots') : mkdtempSync(path.join(tmpdir(), 'policy-bot-screenshots-'));

async function startWeb(rateLimitPerMinute = 0): Promise<{ bot: TestBot; web: WebServer }> {
  const bot = await startTestBot();
  const web = await startWebServer({ app: bot.app, host: '127.0.0.1', port: 0, adminToken: ADMIN_TOKEN, logger: bot.app.bot.services.logger, rateLimitPerMinute });
  onCleanup(() => web.close());
  return { bot, web };
}

async function post(web: WebServer, text: string, user = 'web-user-0123456789') {
  const response = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text, user, channel: 'webhook' }) });
  return { status: response.status, body: (await response.json()) as Array<{ type: string; text: string; options: string[]; citations: Array<{ section: string }> }> };
}

describe('HTTP contract and safety', () => {
  it('answers POST /api/messages with the JSON array of replies, cited', async () => {
    const { web } = await startWeb();
    const { status, body } = await post(web, '市里认定专精特新有什么奖励');
    expect(status).toBe(200);
    expect(body[0]).toMatchObject({ type: 'message' });
    expect(body[0]!.text).toContain('30万元');
    expect(body[0]!.citations[0]!.section).toBe('三、(二)强化资金支持');
  });

  it('refuses bad input with a clean 4xx and security headers', async () => {
    const { web } = await startWeb();
    const JSON_HEADERS = { 'Content-Type': 'application/json' };
    const broken = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: JSON_HEADERS, body: '{"type":' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('x-content-type-options')).toBe('nosniff');
    expect(broken.headers.get('content-security-policy')).toContain("script-src 'self'");
    const shortUser = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ type: 'message', text: 'hi', user: 'u1' }) });
    expect(shortUser.status).toBe(400);
    // Botkit's web-adapter convention is JSON; a form or text/plain body (a cross-site form post) is refused.
    const plain = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ type: 'message', text: 'hi', user: 'plain-text-user-0123456789' }) });
    expect(plain.status).toBe(415);
    const huge = await fetch(`${web.url}/api/messages`, { method: 'POST', headers: JSON_HEADERS, body: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${web.url}/nope`)).status).toBe(404);
  });

  it('rate-limits a flooding address', async () => {
    const { web } = await startWeb(5);
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) statuses.push((await post(web, '你好')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses).toContain(429);
  });

  it('serves no admin data without the token, and none with the token in the URL', async () => {
    const { web } = await startWeb();
    expect((await fetch(`${web.url}/admin/api/needs`)).status).toBe(401);
    expect((await fetch(`${web.url}/admin/api/needs?token=${ADMIN_TOKEN}`)).status).toBe(401);
    expect((await fetch(`${web.url}/admin/api/needs`, { headers: { Authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
    const ok = await fetch(`${web.url}/admin/api/needs`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(ok.status).toBe(200);
  });
});

describe('pages in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(await browserExecutable());
  }, 60_000);
  afterAll(async () => browser?.close());

  async function openChat(web: WebServer, viewport = { width: 390, height: 844 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    onCleanup(() => page.close());
    await page.goto(`${web.url}/`);
    await page.locator('.bubble.bot .options button', { hasText: '政策咨询' }).first().waitFor();
    return page;
  }

  async function type(page: Page, text: string): Promise<void> {
    await page.fill('#text', text);
    await page.click('#composer button');
  }

  it('answers a typed question with its citation', async () => {
    const { web } = await startWeb();
    const page = await openChat(web);
    await type(page, '市里认定专精特新有什么奖励');
    const answer = page.locator('.bubble.bot', { hasText: '30万元' });
    await answer.waitFor();
    expect(await answer.innerText()).toContain('三、(二)强化资金支持');
  });

  it('names every clause an answer rests on under it: both tiers’ standards for an indicator both score', async () => {
    const { web } = await startWeb();
    const page = await openChat(web);
    await type(page, '资产负债率怎么打分');
    const citation = page.locator('.bubble.bot .citation', { hasText: '资产负债率' });
    await citation.waitFor();
    const text = await citation.innerText();
    expect(text).toContain('创新型中小企业评价标准 · 上年度资产负债率');
    expect(text).toContain('专精特新中小企业认定标准 · 上年度资产负债率');
  });

  it('walks the questionnaire with the option buttons', async () => {
    const { web } = await startWeb();
    const page = await openChat(web);
    await page.locator('.options button', { hasText: '资格自测' }).last().click();
    await page.locator('.bubble.bot', { hasText: '是否在中国境内工商注册登记' }).waitFor();
    await page.locator('.bubble.bot').last().locator('.options button', { hasText: '是' }).click();
    await page.locator('.bubble.bot', { hasText: '独立法人资格' }).waitFor();
    await page.locator('.bubble.bot').last().locator('.options button', { hasText: '否' }).click();
    await page.locator('.bubble.bot', { hasText: '不必再答后面的问题' }).waitFor();
    expect(await page.locator('.bubble.bot').last().innerText()).toContain('未满足：具有独立法人资格');
  });

  it('keeps typed HTML and script inert', async () => {
    const { web } = await startWeb();
    const page = await openChat(web);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await type(page, '<img src=x onerror=alert(1)>');
    await type(page, '<script>alert(2)</script>');
    await page.locator('.bubble.user', { hasText: '<script>alert(2)</script>' }).waitFor();
    await page.locator('.bubble.bot').nth(2).waitFor();
    // Markup that got through would fetch its image (src=x) and fail: no request left in flight means none did.
    await page.waitForLoadState('networkidle');
    expect(dialogs).toBe(0);
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(await page.locator('.bubble.user').nth(0).innerText()).toBe('<img src=x onerror=alert(1)>');
  });

  it('lets an admin log in, see a submitted need, change its status and export it', async () => {
    const { web } = await startWeb();
    const user = 'web-owner-0123456789';
    await post(web, '融资需求登记', user);
    for (const answer of formAnswers(validCreditCode())) await post(web, answer, user);
    await post(web, '1', user);
    const saved = await post(web, '同意', user);
    const id = /编号 (RZ\d{8}-\d{4})/.exec(saved.body[0]!.text)![1]!;

    const page = await browser.newPage();
    onCleanup(() => page.close());
    await page.goto(`${web.url}/admin`);
    expect(await page.locator('#console').isHidden()).toBe(true);
    await page.fill('#token', ADMIN_TOKEN);
    await page.click('#login-form button');
    const row = page.locator('#needs tbody tr', { hasText: id });
    await row.waitFor();
    expect(page.url()).not.toContain(ADMIN_TOKEN);
    await row.locator('a').click();
    await page.locator('#need-detail', { hasText: '13812345678' }).waitFor();
    // The detail has the industry, the history with who did what, and times in Beijing time.
    const detail = await page.locator('#need-detail pre').textContent();
    expect(detail).toContain('行业：机械制造');
    expect(detail).toMatch(/记录：\n {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} 新提交（web:web-owner-0123456789）/);
    // Only the statuses this need may move to are offered.
    expect(await page.locator('#need-status option').allTextContents()).toEqual(['已推介', '已对接', '已解决', '已撤回']);
    await page.selectOption('#need-status', '已推介');
    await page.click('#need-detail button:has-text("更新状态")');
    await page.locator('#needs tbody tr', { hasText: '已推介' }).waitFor();
    await page.fill('#need-note', '已电话联系，下周约银行');
    await page.click('#need-detail button:has-text("保存备注")');
    await page.locator('#need-detail pre', { hasText: 'admin-console：已电话联系，下周约银行' }).waitFor();
    expect(await page.locator('#filter-since').getAttribute('placeholder')).toContain('2026-11-01');
    await page.locator('#channels', { hasText: '网页：已连接' }).waitFor();
    expect(await page.locator('#channels').textContent()).not.toMatch(/connected|not-configured/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const file = await download.path();
    expect(await readFile(file!, 'utf8')).toContain(id);
    await page.locator('#knowledge', { hasText: '条款：' }).waitFor();
  });

  it('hands an owner on the chat page to staff: the admin console sees the request with counts, and its reply appears on the page', async () => {
    const { web } = await startWeb();
    const chat = await openChat(web);
    await type(chat, '我要找人工，政银担业务怎么申请');
    const opened = chat.locator('.bubble.bot', { hasText: '已转给工作人员' });
    await opened.waitFor();
    const id = /编号：(RG\d{8}-\d{4})/.exec(await opened.innerText())![1]!;

    const admin = await browser.newPage();
    onCleanup(() => admin.close());
    await admin.goto(`${web.url}/admin`);
    await admin.fill('#token', ADMIN_TOKEN);
    await admin.click('#login-form button');
    await admin.locator('#handoff-counts', { hasText: '待处理 1' }).waitFor();
    const row = admin.locator('#handoffs tbody tr', { hasText: id });
    expect(await row.innerText()).toContain('政银担业务怎么申请');
    await row.locator('a').click();
    await admin.locator('#handoff-detail pre', { hasText: '我要找人工，政银担业务怎么申请' }).waitFor();
    await admin.fill('#handoff-reply', '请带营业执照到合作银行咨询');
    await admin.click('#handoff-detail button:has-text("回复企业")');
    await admin.locator('#handoff-result', { hasText: `已送达企业（${id}）` }).waitFor();
    await admin.locator('#handoff-counts', { hasText: '已答复 1' }).waitFor();

    // The staff answer stands apart from the bot's own.
    const reply = chat.locator('.bubble.bot.staff', { hasText: '请带营业执照到合作银行咨询' });
    await reply.waitFor();
    expect(await reply.innerText()).toContain('【工作人员回复】');
  });

  it('fits a phone screen (screenshot for review; `npm run screenshots` updates docs/screenshots/)', async () => {
    const { web } = await startWeb();
    const page = await openChat(web);
    // The page greets without a bubble the user never typed.
    expect(await page.locator('.bubble.user').count()).toBe(0);
    await type(page, '税融通是什么');
    await page.locator('.bubble.bot', { hasText: '三、(三)优化金融服务' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // A user bubble is as wide as its text, not the screen.
    const userBubble = await page.locator('.bubble.user').last().boundingBox();
    expect(userBubble!.width).toBeLessThan(390 * 0.6);
    // Many messages later, the current question's buttons are in view above the input bar.
    for (const text of ['政银担是什么业务', '驰名商标目标多少件', '自测']) await type(page, text);
    const question = page.locator('.bubble.bot', { hasText: '是否在中国境内工商注册登记' });
    await question.waitFor();
    await page.waitForTimeout(100);
    const lastButton = await question.locator('.options button').last().boundingBox();
    const composer = await page.locator('#composer').boundingBox();
    expect(lastButton!.y + lastButton!.height).toBeLessThanOrEqual(composer!.y);
    // Options are buttons only: the numbered list is not repeated in the text.
    expect(await question.evaluate((element) => element.firstChild?.textContent ?? '')).not.toMatch(/^\d\. 是$/m);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chat-phone.png') });
  });
});
