import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import type { SandboxMember, SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  openChannel,
  pageApi,
  screenshot,
  selectMember,
  signedInPage,
  startBrowserHarness,
  visibleText,
  type BrowserHarness,
} from './browserHarness.js';

const configText = `version: 1
community:
  name: Lighthouse Makers
`;

if (!hasChromium) console.warn(`sandbox showcase e2e skipped: ${SKIP_REASON}`);

describe(`everything the sandbox panel shows, in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_showcase');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('markdown and timestamps, mentions, reactions, threads, forum posts, any slash command with options and its files, and the lockdown on the overview', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const sam = members.find((m) => m.username === 'sam');
    if (sam === undefined) throw new Error('no seeded sam');

    await page.getByTestId('nav-sandbox').click();

    // mira was seeded before Guildhall started: the platform's member list names her.
    await selectMember(page, 'mira');
    await openChannel(page, 'general');

    // Markdown and a timestamp are rendered, not shown raw.
    // Two hours and ten minutes ahead: "in 2 hours" however long the page takes.
    const unix = Math.floor(Date.now() / 1000) + 2 * 3600 + 600;
    const content = `**Release day** for *everyone*: v2 ships <t:${unix}:R>, on <t:${unix}:D>`;
    await post(page, content, 'Release day for everyone');
    const release = chatMessage(page, 'Release day');
    const text = release.getByTestId('message-content');
    expect(await visibleText(text.locator('strong'))).toBe('Release day');
    expect(await visibleText(text.locator('em'))).toBe('everyone');
    expect(await visibleText(text)).not.toContain('**');
    expect(await visibleText(text)).not.toContain('<t:');
    const relative = text.locator('[data-testid=timestamp][data-style=R]');
    expect(await visibleText(relative)).toBe('in 2 hours');
    expect(await relative.getAttribute('datetime')).toBe(new Date(unix * 1000).toISOString());
    expect(await visibleText(text.locator('[data-testid=timestamp][data-style=D]'))).toMatch(
      /^[A-Z][a-z]+ \d{1,2}, \d{4}$/,
    );

    // A mention picked from the picker is shown as the member's name.
    await page.getByTestId('compose-input').fill('thanks');
    await page.getByTestId('open-mentions').click();
    await page.locator('[data-testid=mention-option][data-kind=user][data-label="@Sam"]').click();
    expect(await page.getByTestId('compose-input').inputValue()).toBe(`thanks <@${sam.userId}> `);
    await page.getByTestId('compose-submit').click();
    const thanks = page.locator('[data-testid=channel-messages] [data-testid=message]', {
      has: page.locator('[data-testid=user-mention]', { hasText: '@Sam' }),
    });
    expect(await visibleText(thanks.getByTestId('message-content'))).toBe('thanks @Sam');

    // A reaction, added as mira.
    await release.hover();
    await release.getByTestId('add-reaction').click();
    await release.locator('[data-testid=emoji-palette] [data-emoji="🎉"]').click();
    const party = release.locator('[data-testid=reaction][data-emoji="🎉"]');
    expect(await visibleText(party.getByTestId('reaction-count'))).toBe('1');
    expect(await party.getAttribute('aria-pressed')).toBe('true');
    const general = await channelNamed(page, 'general');
    const stored = (await pageApi<SandboxMessage[]>(page, 'GET', `/api/sandbox/channels/${general.id}/messages`)).find(
      (m) => m.content === content,
    );
    expect(stored?.reactions.map((r) => [r.emoji.name, r.userIds])).toEqual([
      ['🎉', [members.find((m) => m.username === 'mira')?.userId]],
    ]);

    // A slash command with options, from the command form: /warn member:sam reason:…
    await page.getByTestId('open-commands').click();
    const form = page.getByTestId('command-form');
    await form.getByTestId('command-select').selectOption('warn');
    await form.locator('[data-testid=command-option][data-name=member] select').selectOption(sam.userId);
    await form.locator('[data-testid=command-option][data-name=reason] input').fill('posting the same link everywhere');
    await form.getByTestId('command-run').click();
    // The form closes once the run is answered: reopened before that, the toggle would shut it.
    await form.waitFor({ state: 'hidden' });
    const reply = page.locator('[data-testid=command-reply][data-place=channel]');
    expect(await visibleText(reply.getByTestId('command-reply-content'))).toMatch(/^Case #1: strike 1/);
    expect(await visibleText(reply)).toContain('answered /warn member: @Sam reason: posting the same link everywhere');

    // A choice option: /leaderboard period:all time answers with an embed.
    await page.getByTestId('open-commands').click();
    await form.getByTestId('command-select').selectOption('leaderboard');
    await form.locator('[data-testid=command-option][data-name=period] select').selectOption({ label: 'all time' });
    await form.getByTestId('command-run').click();
    await form.waitFor({ state: 'hidden' });
    await reply.locator('text=/leaderboard period: all time').waitFor({ timeout: UI_TIMEOUT });

    // A subcommand whose answer carries a file: /privacy export.
    await page.getByTestId('open-commands').click();
    await form.getByTestId('command-select').selectOption('privacy');
    await form.getByTestId('subcommand-select').selectOption('export');
    await form.getByTestId('command-run').click();
    await form.waitFor({ state: 'hidden' });
    const file = reply.locator('[data-testid=reply-attachment] a');
    expect(await visibleText(file)).toMatch(/\.json$/);
    const href = await file.getAttribute('href');
    // As the signed-in user: the page's cookies.
    const download = await page.request.get(`${guildhall.url}${href ?? ''}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.json"/);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // A thread from the message: it opens, takes a reply, and is linked under the message.
    await release.hover();
    await release.getByTestId('start-thread').click();
    await release.getByLabel('Thread name').fill('Release questions');
    await release.getByRole('button', { name: 'Create thread' }).click();
    await page.locator('[data-testid=sandbox-chat] .panel-header h2', { hasText: '🧵 Release questions' }).waitFor();
    await post(page, 'Does v2 keep my settings?');
    await screenshot(page, 'sandbox-thread.png');
    await openChannel(page, 'general');
    await release.getByTestId('thread-link').click();
    await chatMessage(page, 'Does v2 keep my settings?').waitFor({ timeout: UI_TIMEOUT });

    // A forum post in #help, with its first message.
    await page.locator('[data-testid=sandbox-channel][data-name=help]').click();
    const forum = page.getByTestId('forum-posts');
    await forum.getByLabel('Post title').fill('Cannot log in after the update');
    await forum.getByLabel('Post message').fill('It says **token expired** every time.');
    await forum.getByRole('button', { name: /^New post/ }).click();
    await page
      .locator('[data-testid=sandbox-chat] .panel-header h2', { hasText: '🧵 Cannot log in after the update' })
      .waitFor();
    expect(await visibleText(chatMessage(page, 'token expired').locator('strong'))).toBe('token expired');

    await openChannel(page, 'general');
    await release.scrollIntoViewIfNeeded();
    await page.getByTestId('open-commands').click();
    await form.getByTestId('command-select').selectOption('rank');
    await screenshot(page, 'sandbox.png');

    // /lockdown action:start from the form; the overview says so.
    await form.getByTestId('command-select').selectOption('lockdown');
    await form.locator('[data-testid=command-option][data-name=action] select').selectOption({ label: 'start' });
    await form.locator('[data-testid=command-option][data-name=reason] input').fill('raid of new accounts');
    await form.getByTestId('command-run').click();
    await reply.getByTestId('command-reply-content').waitFor({ timeout: UI_TIMEOUT });

    await page.getByTestId('nav-overview').click();
    const banner = page.getByTestId('lockdown-banner');
    expect(await visibleText(banner.getByTestId('lockdown-reason'))).toMatch(/^raid of new accounts · started by Mira/);
    await page
      .locator('[data-testid=event-row]', { hasText: 'Lockdown started' })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    // Names of members seeded before Guildhall come from the platform, not `user …1234`.
    expect(await visibleText(page.getByTestId('overview-page'))).not.toMatch(/user …\d{4}/);
    await screenshot(page, 'overview.png', true);

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

function chatMessage(page: Page, text: string) {
  return page.locator('[data-testid=channel-messages] [data-testid=message]', { hasText: text });
}

/** Posts as the member the panel acts as and waits for the message (`shown`: its rendered text). */
async function post(page: Page, content: string, shown = content): Promise<void> {
  await page.getByTestId('compose-input').fill(content);
  await page.getByTestId('compose-submit').click();
  await chatMessage(page, shown).first().waitFor({ timeout: UI_TIMEOUT });
}

async function channelNamed(page: Page, name: string): Promise<ChannelSnapshot> {
  const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
  const found = channels.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no #${name}`);
  return found;
}
