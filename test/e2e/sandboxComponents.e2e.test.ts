import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { GuildSnapshot, InteractionReply, ModalSpec } from '../../src/platform/Platform.js';
import type { SandboxMember } from '../../src/platform/sandbox/sandboxViews.js';
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

/** What the sandbox's interaction routes answer. */
interface InteractionAnswer {
  interactionId: string;
  reply: InteractionReply | null;
  modal: ModalSpec | null;
  /** Deferred (the router defers a handler that takes ~2 s, e.g. on a loaded machine). */
  thinking?: boolean;
}

if (!hasChromium) console.warn(`sandbox components e2e skipped: ${SKIP_REASON}`);

describe(`buttons and forms in the sandbox panel, in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_components');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a warned member appeals from the button on the DM notice, and a moderator upholds it from #mod-log', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const userId = (username: string): string => {
      const found = members.find((m) => m.username === username);
      if (found === undefined) throw new Error(`no seeded member ${username}`);
      return found.userId;
    };
    const guild = await pageApi<GuildSnapshot>(page, 'GET', '/api/sandbox/guild');
    const general = guild.channels.find((c) => c.name === 'general');
    if (general === undefined) throw new Error('no #general');
    // The owner warns, so the seeded moderator noor may review the appeal (who took part in a
    // case may not decide its appeal).
    const warned = await command(page, {
      userId: guild.ownerId,
      channelId: general.id,
      name: 'warn',
      options: { member: userId('sam'), reason: 'posting the same link in every channel' },
    });
    expect(warned.reply?.content).toMatch(/^Case #1: strike 1/);

    await page.getByTestId('nav-sandbox').click();

    // Sam reads the notice in his DMs and presses its Appeal button.
    await selectMember(page, 'sam');
    const appeal = page.locator('[data-testid=member-dms] [data-testid=component-button]', {
      hasText: 'Appeal case #1',
    });
    await appeal.waitFor({ timeout: UI_TIMEOUT });
    expect(await appeal.getAttribute('data-custom-id')).toBe('moderation:appeal:1');
    expect(await appeal.getAttribute('data-style')).toBe('secondary');
    await appeal.click();

    const form = page.getByRole('dialog', { name: 'Appeal case #1' });
    await form.waitFor({ timeout: UI_TIMEOUT });
    const statement = form.getByLabel('What happened, from your side?');
    expect(await statement.getAttribute('required')).not.toBeNull();
    expect(await statement.getAttribute('minlength')).toBe('10');
    expect(await statement.getAttribute('maxlength')).toBe('1500');
    expect(await statement.getAttribute('placeholder')).toBe('Moderators read this and decide with a reason.');
    const text = 'I shared the release notes once per channel because people kept asking.';
    await statement.fill(text);
    await screenshot(page, 'sandbox-appeal.png');

    // A refused submission keeps the form open with what was typed, and says why.
    await page.route(
      '**/api/sandbox/modals',
      (route) =>
        route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Missing Access: the sandbox refused this once' }),
        }),
      { times: 1 },
    );
    await form.getByRole('button', { name: 'Submit' }).click();
    expect(await visibleText(form.getByTestId('error-banner'))).toBe('Missing Access: the sandbox refused this once');
    expect(await statement.inputValue()).toBe(text);

    await form.getByRole('button', { name: 'Submit' }).click();
    await form.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    const confirmation = page.locator('[data-testid=command-reply][data-place=dm]');
    expect(await visibleText(confirmation.getByTestId('command-reply-content'))).toMatch(
      /^Appeal #1 of case #1 is with the moderators\./,
    );
    expect(await visibleText(confirmation)).toContain('answered the form “Appeal case #1” for Sam');
    expect(await visibleText(confirmation)).toContain('only Sam can see this');

    // The alert waits in #mod-log with the reviewers' buttons.
    await openChannel(page, 'mod-log');
    const alert = page.locator('[data-testid=channel-messages] [data-testid=message]', { hasText: 'Appeal #1' });
    expect(await visibleText(alert)).toContain(text);
    const uphold = alert.locator('[data-testid=component-button][data-custom-id="moderation:decide:1:upheld"]');
    const overturn = alert.locator('[data-testid=component-button][data-custom-id="moderation:decide:1:overturned"]');
    expect(await visibleText(uphold)).toBe('Uphold…');
    expect(await visibleText(overturn)).toBe('Overturn…');
    expect(await overturn.getAttribute('data-style')).toBe('danger');

    // Noor upholds it with her reasoning; Sam reads the decision in his DMs.
    await selectMember(page, 'noor');
    await uphold.click();
    const reasoning = page.getByRole('dialog', { name: 'Uphold appeal #1' });
    await reasoning.getByLabel('Your reasoning (sent to the member)').fill('Once per channel is still spam.');
    await reasoning.getByRole('button', { name: 'Submit' }).click();
    await reasoning.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    const decided = page.locator('[data-testid=command-reply][data-place=channel]');
    expect(await visibleText(decided.getByTestId('command-reply-content'))).toBe(
      'Appeal #1: case #1 upheld. The member was told.',
    );

    await selectMember(page, 'sam');
    await page
      .locator('[data-testid=member-dms] [data-testid=message]', { hasText: 'Reason: Once per channel is still spam' })
      .waitFor({ timeout: UI_TIMEOUT });

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('a banned user, picked under Banned, presses Appeal on the ban notice and files the appeal', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const lena = members.find((m) => m.username === 'lena');
    const guild = await pageApi<GuildSnapshot>(page, 'GET', '/api/sandbox/guild');
    const general = guild.channels.find((c) => c.name === 'general');
    if (lena === undefined || general === undefined) throw new Error('no seeded lena or #general');
    const banned = await command(page, {
      userId: guild.ownerId,
      channelId: general.id,
      name: 'ban',
      options: { member: lena.userId, reason: 'posted a phishing link', duration: '7d' },
    });
    expect(banned.reply?.content).toMatch(/^Case #\d+: <@\d+> is banned for 7 days/);
    const caseId = /^Case #(\d+)/.exec(banned.reply?.content ?? '')?.[1] ?? '';

    await page.getByTestId('nav-sandbox').click();

    // She is no longer a member: she is listed under Banned, and only her DMs' buttons work.
    await page.locator('[data-testid=sandbox-banned][data-username=lena]').click();
    const details = page.locator('[data-testid=member-details][data-username=lena]');
    expect(await visibleText(details.getByTestId('banned-reason'))).toContain('posted a phishing link');
    expect(await page.locator('[data-testid=sandbox-member][data-username=lena]').count()).toBe(0);
    const appeal = details.locator('[data-testid=member-dms] [data-testid=component-button]', {
      hasText: `Appeal case #${caseId}`,
    });
    await appeal.click();
    const form = page.getByRole('dialog', { name: `Appeal case #${caseId}` });
    await form.getByLabel('What happened, from your side?').fill('My account was taken over that evening.');
    await form.getByRole('button', { name: 'Submit' }).click();
    await form.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    const confirmation = page.locator('[data-testid=command-reply][data-place=dm]');
    expect(await visibleText(confirmation.getByTestId('command-reply-content'))).toMatch(
      new RegExp(`^Appeal #\\d+ of case #${caseId} is with the moderators\\.`),
    );

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);
});

/**
 * Runs a slash command through the sandbox API and returns its answer; a deferred one
 * ("thinking") is read again until the module answered, as the panel does.
 */
async function command(page: Page, body: Record<string, unknown>): Promise<InteractionAnswer> {
  let answer = await pageApi<InteractionAnswer>(page, 'POST', '/api/sandbox/commands', body);
  while (answer.thinking === true) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await pageApi<InteractionAnswer>(page, 'GET', `/api/sandbox/interactions/${answer.interactionId}`);
  }
  return answer;
}
