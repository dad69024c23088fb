import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { supportDb, type SupportQuestionTable } from '../../src/modules/support/SupportTables.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import { testDialect } from '../testStore.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import type { QuestionDetail } from '../../src/modules/support/reports/SupportReportsApi.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  pageApi,
  screenshot,
  selectMember,
  signedInPage,
  startBrowserHarness,
  type BrowserHarness,
} from './browserHarness.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Question = SupportQuestionTable;

/**
 * Writes a week of questions (answered by the community and staff, solved, escalated and
 * overdue, still open) and three knowledge-base articles with reviews.
 */
async function seed(guildhall: RunningGuildhall, now: number): Promise<void> {
  if (!(guildhall.platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
  const members = await guildhall.platform.listMembers();
  const id = (username: string): string => {
    const found = members.find((m) => m.username === username);
    if (found === undefined) throw new Error(`no seeded ${username}`);
    return found.userId;
  };
  const [sam, kenji, lena, tomas, priya, noor] = ['sam', 'kenji', 'lena', 'tomas', 'priya', 'noor'].map(id) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const g = guildhall.guildId;
  const help = (await guildhall.platform.listChannels()).find((c) => c.name === 'help');
  const question = (qid: string, fields: Partial<Question> & Pick<Question, 'asker_id' | 'title' | 'created_at'>) =>
    ({
      guild_id: g,
      id: qid,
      channel_id: help?.id ?? 'help',
      body: '',
      tags: '[]',
      status: 'open',
      last_activity_at: fields.created_at,
      last_asker_at: fields.created_at,
      answers: 0,
      first_response_at: null,
      first_responder_id: null,
      first_response_message_id: null,
      answered_by: null,
      tier: 0,
      escalate_at: null,
      nudged_at: null,
      suggested_message_id: null,
      suggested_at: null,
      solved_at: null,
      solution_message_id: null,
      solution_author_id: null,
      solved_by_id: null,
      solved_via: null,
      archive_at: null,
      archived_at: null,
      suggested_similar_at: null,
      ...fields,
    }) satisfies Question;
  const answered = (responder: string, by: 'community' | 'staff' = 'community') => ({
    first_responder_id: responder,
    answered_by: by,
    answers: 1,
  });
  const solved = (at: number, author: string) => ({
    status: 'solved' as const,
    solved_at: at,
    solution_author_id: author,
    solved_via: 'context_menu' as const,
  });
  const t0 = now - 6 * DAY;
  const db = supportDb(guildhall.store.db);
  await db
    .insertInto('support_questions')
    .values([
      question('e2e-q1', {
        asker_id: sam,
        title: 'Bot does not start after the update',
        tags: '["Setup"]',
        created_at: t0,
        first_response_at: t0 + 8 * MIN,
        ...answered(lena),
        ...solved(t0 + 2 * HOUR, lena),
      }),
      question('e2e-q2', {
        asker_id: kenji,
        title: 'How do I add a second bot token?',
        tags: '["Bots","Setup"]',
        created_at: t0 + 3 * HOUR,
        first_response_at: t0 + 5 * HOUR,
        ...answered(noor, 'staff'),
        ...solved(t0 + 9 * HOUR, noor),
      }),
      question('e2e-q3', {
        asker_id: priya,
        title: 'Invoice shows the wrong currency',
        tags: '["Billing"]',
        created_at: t0 + DAY,
        first_response_at: t0 + DAY + 30 * HOUR,
        ...answered(kenji),
        status: 'answered',
      }),
      question('e2e-q4', {
        asker_id: tomas,
        title: 'Webhook events arrive twice',
        tags: '["Bots"]',
        created_at: t0 + 2 * DAY,
        first_response_at: t0 + 2 * DAY + 40 * MIN,
        ...answered(lena),
        ...solved(t0 + 2 * DAY + 3 * HOUR, kenji),
      }),
      question('e2e-q5', {
        asker_id: sam,
        title: 'Rate limit errors when syncing roles',
        tags: '["Bots"]',
        created_at: now - 3 * DAY,
        tier: 3,
      }),
      question('e2e-q6', {
        asker_id: priya,
        title: 'Where do I change the welcome message?',
        tags: '["Setup"]',
        created_at: now - 7 * HOUR,
        tier: 1,
        escalate_at: now - 7 * HOUR + 24 * HOUR,
      }),
      question('e2e-q7', {
        asker_id: kenji,
        title: 'Can I export my points?',
        created_at: now - 25 * MIN,
        escalate_at: now - 25 * MIN + 4 * HOUR,
      }),
    ])
    .execute();
  await db
    .insertInto('support_escalations')
    .values([
      {
        guild_id: g,
        question_id: 'e2e-q5',
        tier: 1,
        tier_name: 'expert',
        escalated_at: now - 3 * DAY + 4 * HOUR,
        channel_id: null,
      },
      {
        guild_id: g,
        question_id: 'e2e-q5',
        tier: 2,
        tier_name: 'platform',
        escalated_at: now - 2 * DAY,
        channel_id: null,
      },
      { guild_id: g, question_id: 'e2e-q5', tier: 3, tier_name: 'overdue', escalated_at: now - DAY, channel_id: null },
      {
        guild_id: g,
        question_id: 'e2e-q6',
        tier: 1,
        tier_name: 'expert',
        escalated_at: now - 3 * HOUR,
        channel_id: null,
      },
    ])
    .execute();
  await db
    .insertInto('support_participants')
    .values({
      guild_id: g,
      question_id: 'e2e-q5',
      user_id: sam,
      staff: 0,
      messages: 2,
      first_at: now - 3 * DAY,
      last_at: now - 2 * DAY,
    })
    .execute();
  const article = (
    aid: string,
    kind: 'faq' | 'guide',
    status: 'published' | 'in_review' | 'verified',
    title: string,
    author: string,
    updated: number,
  ) => ({
    guild_id: g,
    id: aid,
    channel_id: help?.id ?? 'faq',
    kind,
    author_id: author,
    title,
    body: '',
    tags: '["Setup"]',
    status,
    created_at: updated - DAY,
    updated_at: updated,
    verified_at: status === 'verified' ? updated : null,
  });
  await db
    .insertInto('support_articles')
    .values([
      article('e2e-f1', 'faq', 'published', 'How do I reset my bot token?', noor, now - 10 * DAY),
      article('e2e-g1', 'guide', 'verified', 'Setting up slash commands step by step', lena, now - 4 * DAY),
      article('e2e-g2', 'guide', 'in_review', 'Hosting the bot on a Raspberry Pi', kenji, now - DAY),
    ])
    .execute();
  const review = (articleId: string, reviewer: string, s: [number, number, number, number]) => ({
    guild_id: g,
    article_id: articleId,
    reviewer_id: reviewer,
    accuracy: s[0],
    clarity: s[1],
    completeness: s[2],
    usefulness: s[3],
    comment: '',
    reviewed_at: now - DAY,
  });
  await db
    .insertInto('support_reviews')
    .values([
      review('e2e-g1', sam, [5, 4, 4, 5]),
      review('e2e-g1', kenji, [4, 4, 3, 4]),
      review('e2e-g1', priya, [5, 5, 4, 4]),
      review('e2e-g2', lena, [4, 3, 3, 4]),
    ])
    .execute();
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

if (!hasChromium) console.warn(`support pages e2e skipped: ${SKIP_REASON}`);

describe(`support pages in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(starterConfig(), 'e2e_support');
    ({ guildhall, browser } = harness);
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a fresh community: the pages say there is nothing yet', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.getByTestId('nav-support').click();
    await page.getByTestId('support-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('support-summary').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('support-heroes-empty').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('support-times-empty').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'support-empty.png', true);
    await page.getByTestId('support-kb-link').click();
    await page.getByTestId('knowledge-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('knowledge-summary').waitFor({ timeout: UI_TIMEOUT });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the queue against the tiers, response times, tags, heroes and the knowledge base', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    await seed(guildhall, Date.now());
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/support`);
    await page.getByTestId('support-queue').waitFor({ timeout: UI_TIMEOUT });
    const row = (qid: string) => page.locator(`[data-testid=support-queue-row][data-question-id=${qid}]`);
    await row('e2e-q7').waitFor({ timeout: UI_TIMEOUT });
    expect(await row('e2e-q5').getAttribute('data-state')).toBe('overdue');
    expect(await row('e2e-q6').getAttribute('data-state')).toBe('waiting');
    expect(await row('e2e-q3').getAttribute('data-state')).toBe('answered');
    expect(await row('e2e-q1').count()).toBe(0); // solved: not in the queue
    await page.getByTestId('support-times-chart').waitFor({ timeout: UI_TIMEOUT });
    // < 15 min: q1; 15 min – 1 h: q4; 1–4 h: q2; 24–48 h: q3; q5, q6, q7 unanswered.
    expect(await page.getByTestId('support-times-chart-table').locator('td').allTextContents()).toEqual([
      '1',
      '1',
      '1',
      '0',
      '1',
      '0',
      '3',
    ]);
    // Lena (a solution, two first answers), Noor (staff), Kenji.
    await page.getByTestId('support-heroes').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('support-hero').count()).toBe(3);
    expect(await page.getByTestId('support-tag-row').count()).toBe(4); // Bots, Setup, Billing, no tag
    await screenshot(page, 'support-dashboard.png', true);

    // A question's page: escalated to expert, platform, then overdue.
    await row('e2e-q5').getByTestId('support-queue-link').click();
    await page.getByTestId('question-page').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('question-escalation').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('question-escalation').count()).toBe(3);
    expect(await page.getByTestId('question-participant').count()).toBe(1);
    expect(await page.getByTestId('question-title').innerText()).toBe('Rate limit errors when syncing roles');
    await screenshot(page, 'support-question.png', true);
    await page.goto(`${guildhall.url}/support`);

    await page.getByTestId('support-kb-link').click();
    await page.getByTestId('knowledge-article').first().waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid=knowledge-article][data-status=in_review]').count()).toBe(1);
    expect(await page.locator('[data-testid=knowledge-article][data-status=verified]').count()).toBe(1);
    await screenshot(page, 'support-knowledge.png', true);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('fits a 390 px wide phone', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, DESKTOP);
    const errors = collectErrors(page);
    await page.setViewportSize(PHONE);
    for (const [path, testId, name] of [
      ['/support', 'support-summary', 'support-dashboard-390.png'],
      ['/support/knowledge', 'knowledge-summary', 'support-knowledge-390.png'],
    ] as const) {
      await page.goto(`${guildhall.url}${path}`);
      await page.getByTestId(testId).first().waitFor({ timeout: UI_TIMEOUT });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, name, true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the sandbox panel asks a tagged question in the help forum and marks an answer as the solution', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1440, height: 900 });
    const errors = collectErrors(page);
    await page.goto(`${guildhall.url}/sandbox`);
    await selectMember(page, 'sam');
    await page.locator('[data-testid=sandbox-channel][data-name=help]').click();
    const forum = page.getByTestId('forum-posts');
    await forum.getByLabel('Post title').fill('Slash commands do not show up');
    await forum.getByLabel('Post message').fill('I invited the bot but `/rank` is missing. What did I miss?');
    // Solved is a moderated tag: only the bot and staff apply it, so it is not offered.
    expect(await forum.locator('[data-testid=forum-tag][data-name=Solved]').count()).toBe(0);
    await forum.locator('[data-testid=forum-tag][data-name=Setup]').click();
    await forum.getByRole('button', { name: /^New post/ }).click();
    const chat = page.getByTestId('sandbox-chat');
    await chat.locator('.panel-header h2', { hasText: '🧵 Slash commands do not show up' }).waitFor();
    await chat.locator('[data-testid=thread-tag][data-name=Setup]').waitFor({ timeout: UI_TIMEOUT });

    await selectMember(page, 'lena');
    await page.getByTestId('compose-input').fill('Re-invite it with the applications.commands scope.');
    await page.getByTestId('compose-submit').click();
    const answer = chat.locator('[data-testid=message]', { hasText: 'applications.commands' });
    await answer.waitFor({ timeout: UI_TIMEOUT });

    await selectMember(page, 'sam');
    await answer.hover();
    await answer.getByTestId('message-apps').click();
    await answer.locator('[data-testid=message-command][data-name="Mark as solution"]').click();
    await chat.locator('[data-testid=thread-tag][data-name=Solved]').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'support-sandbox.png');

    const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
    const thread = channels.find((c) => c.name === 'Slash commands do not show up');
    if (thread === undefined) throw new Error('the post is not in the channel list');
    const detail = await pageApi<QuestionDetail>(page, 'GET', `/api/support/questions/${thread.id}`);
    expect(detail.question).toMatchObject({ status: 'solved', solvedVia: 'context_menu' });
    expect(detail.question.tags).toContain('Setup');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
