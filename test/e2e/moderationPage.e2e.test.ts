import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { GuildSnapshot, InteractionReply, ModalSpec } from '../../src/platform/Platform.js';
import type { SandboxDirectMessage, SandboxMember } from '../../src/platform/sandbox/sandboxViews.js';
import { testDialect } from '../testStore.js';
import {
  SKIP_REASON,
  UI_TIMEOUT,
  hasChromium,
  pageApi,
  screenshot,
  signedInPage,
  startBrowserHarness,
  visibleText,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

// The seeded moderator noor signs in as a dashboard moderator; the owner mira is always admin.
const configText = `version: 1
community:
  name: Lighthouse Makers
dashboard:
  roles:
    admin: []
    moderator: [Moderator]
    viewer: [Member]
`;

/** What the sandbox's interaction routes answer. */
interface InteractionAnswer {
  interactionId: string;
  reply: InteractionReply | null;
  modal: ModalSpec | null;
  thinking?: boolean;
}

if (!hasChromium) console.warn(`moderation page e2e skipped: ${SKIP_REASON}`);

describe(`the moderation page in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_moderation');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('a moderator overturns an appeal, the case shows overturned and the member is told; End lifts a lockdown', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const url = guildhall.url;
    // Mira (the owner) drives the sandbox: she warns, Sam appeals from his DM, lena trips automod.
    const mira = await signedInPage(browser, url, { width: 1280, height: 900 });
    const members = await pageApi<SandboxMember[]>(mira, 'GET', '/api/sandbox/members');
    const userId = (username: string): string => {
      const found = members.find((m) => m.username === username);
      if (found === undefined) throw new Error(`no seeded member ${username}`);
      return found.userId;
    };
    const guild = await pageApi<GuildSnapshot>(mira, 'GET', '/api/sandbox/guild');
    const general = guild.channels.find((c) => c.name === 'general');
    if (general === undefined) throw new Error('no #general');

    const warned = await command(mira, {
      userId: guild.ownerId,
      channelId: general.id,
      name: 'warn',
      options: { member: userId('sam'), reason: 'posting the same link in every channel' },
    });
    expect(warned.reply?.content).toMatch(/^Case #1: strike 1/);
    const statement = 'I shared the release notes once per channel because people kept asking.';
    await appealFromDm(mira, userId('sam'), 'moderation:appeal:1', statement);
    await pageApi(mira, 'POST', `/api/sandbox/channels/${general.id}/messages`, {
      userId: userId('lena'),
      content: 'come join us at discord.gg/freestuff42 for giveaways',
    });
    await appealFromDm(
      mira,
      userId('lena'),
      'moderation:appeal:2',
      'That invite was to our own study group, not spam.',
    );
    const started = await command(mira, {
      userId: guild.ownerId,
      channelId: general.id,
      name: 'lockdown',
      options: { action: 'start', reason: 'raid from a spam network' },
    });
    expect(started.reply?.content).toMatch(/lockdown/i);

    // Noor, a moderator who took no part, works the queue.
    const noor = await signedInPage(browser, url, { width: 1280, height: 900 }, 'Noor');
    const pageErrors: string[] = [];
    noor.on('pageerror', (error) => pageErrors.push(error.message));
    expect(await textOf(noor.getByTestId('account-role'))).toBe('moderator');
    await noor.getByTestId('nav-moderation').click();
    const banner = noor.getByTestId('moderation-lockdown');
    // Names come in a moment after the lists (one member profile each): user …1234 until then.
    await waitForText(banner.getByTestId('moderation-lockdown-reason'), /^raid from a spam network · started by Mira/);
    expect(await visibleText(noor.getByTestId('appeals-count'))).toBe('2');
    const appeal = noor.locator('[data-testid=appeal][data-appeal-id="1"]');
    await waitForText(appeal.getByTestId('appeal-member'), /^Sam$/);
    expect(await visibleText(appeal.getByTestId('appeal-statement'))).toBe(statement);
    await waitForText(appeal.getByTestId('appeal-case'), /Warning posting the same link in every channel · by Mira/);
    await screenshot(noor, 'moderation.png');

    // Someone else decides Lena's appeal while Noor is writing: the dialog shows the server's refusal.
    await noor.locator('[data-testid=appeal][data-appeal-id="2"]').getByTestId('appeal-uphold').click();
    const late = noor.getByTestId('decision-dialog');
    await late.getByTestId('decision-reason').fill('Invites to other servers are not allowed here.');
    await pageApi(mira, 'POST', '/api/moderation/appeals/2/decision', {
      outcome: 'overturned',
      reason: 'Our own study group: fine.',
    });
    await late.getByTestId('decision-submit').click();
    expect(await visibleText(late.getByTestId('error-banner'))).toBe('Appeal #2 was already decided (overturned).');
    expect(await late.getByTestId('decision-reason').inputValue()).toBe(
      'Invites to other servers are not allowed here.',
    );
    await late.getByRole('button', { name: 'Cancel' }).click();
    await late.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });

    await appeal.getByTestId('appeal-overturn').click();
    const dialog = noor.getByTestId('decision-dialog');
    expect(await visibleText(dialog.getByRole('heading'))).toBe('Overturn appeal #1');
    const submit = dialog.getByTestId('decision-submit');
    await dialog.getByTestId('decision-reason').fill('too short');
    expect(await submit.isDisabled()).toBe(true);
    const reasoning = 'The notes were asked for in each channel; that is not spam.';
    await dialog.getByTestId('decision-reason').fill(reasoning);
    await submit.click();
    await dialog.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    expect(await visibleText(noor.getByTestId('decision-message'))).toMatch(/^Appeal #1: case #1 overturned/);
    await noor.getByTestId('appeals-empty').waitFor({ timeout: UI_TIMEOUT });
    expect(await visibleText(noor.getByTestId('appeals-count'))).toBe('0');

    // The case is overturned, with the decision on its timeline.
    await noor.getByTestId('moderation-tab-cases').click();
    const row = noor.locator('[data-testid=case-row][data-case-number="1"]');
    expect(await textOf(row.getByTestId('case-status'))).toBe('overturned');
    await waitForText(row.getByTestId('case-member'), /^Sam$/);
    await noor.getByTestId('filter-status').selectOption('overturned');
    await waitForText(noor.getByTestId('cases-count'), /of 2$/);
    await noor.getByTestId('filter-source').selectOption('manual');
    await waitForText(noor.getByTestId('cases-count'), /of 1$/);
    await row.getByRole('button', { name: 'Open case #1' }).click();
    const panel = noor.getByTestId('case-panel');
    expect(await textOf(panel.getByTestId('case-panel-status'))).toBe('overturned');
    const decidedEntry = panel.locator('[data-testid=timeline-entry][data-kind=appeal_decided]');
    expect(await visibleText(decidedEntry)).toContain(`Appeal #1 overturned: ${reasoning}`);
    await waitForText(decidedEntry, /· Noor$/);
    expect(noor.url()).toMatch(/[?&]case=1\b/);
    await screenshot(noor, 'moderation-case.png');
    await panel.getByTestId('case-panel-close').click();
    await panel.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });

    // Sam reads the decision in his DMs.
    const dms = await pageApi<SandboxDirectMessage[]>(mira, 'GET', `/api/sandbox/members/${userId('sam')}/dms`);
    expect(dms.some((dm) => JSON.stringify(dm).includes(reasoning))).toBe(true);

    // Automod's invite-link case, overturned on appeal, counts as a false positive of its rule.
    await noor.getByTestId('moderation-tab-automod').click();
    const rule = noor.locator('[data-testid=automod-rule][data-rule-id=invite-links]');
    expect(await visibleText(rule.getByTestId('automod-rule-rate'))).toBe('100%');
    await noor.getByTestId('rule-hits-chart').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(noor, 'moderation-automod.png');
    await rule.getByRole('button', { name: 'Invite to another server' }).click();
    const automodRow = noor.locator('[data-testid=case-row]').first();
    await automodRow.getByRole('button', { name: /^Open case/ }).click();
    expect(await visibleText(panel.getByTestId('evidence'))).toContain('discord.gg/freestuff42');
    expect(await visibleText(panel.getByTestId('case-rule'))).toContain('Invite to another server');
    await panel.getByTestId('case-panel-close').click();

    // On a phone: the same page, one column.
    // (Signed in wide: on a phone the account block sits in the closed menu.)
    const phone = await signedInPage(browser, url, { width: 1280, height: 900 }, 'Noor');
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${url}/moderation?tab=cases`);
    await phone.getByTestId('case-list').waitFor({ timeout: UI_TIMEOUT });
    await phone.getByTestId('moderation-lockdown').waitFor({ timeout: UI_TIMEOUT });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'moderation-mobile.png', true);
    await phone.goto(`${url}/moderation?tab=cases&case=1`);
    await phone.getByTestId('timeline-entry').first().waitFor({ timeout: UI_TIMEOUT });
    await screenshot(phone, 'moderation-case-mobile.png');
    await phone.close();

    // End asks first, then lifts the lockdown.
    await banner.getByTestId('end-lockdown').click();
    const confirm = noor.getByTestId('end-lockdown-dialog');
    await confirm.getByTestId('end-lockdown-dialog-confirm').click();
    await banner.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    expect(await pageApi(noor, 'GET', '/api/moderation/lockdown')).toEqual({ lockdown: null });

    expect(pageErrors).toEqual([]);
    await noor.close();
    await mira.close();
  }, 180_000);
});

/** The element's text as written (badges are styled upper case, which innerText would report). */
async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ timeout: UI_TIMEOUT });
  return ((await locator.first().textContent()) ?? '').trim();
}

/** Runs a slash command through the sandbox API; a deferred one is read again until answered. */
async function command(page: Page, body: Record<string, unknown>): Promise<InteractionAnswer> {
  let answer = await pageApi<InteractionAnswer>(page, 'POST', '/api/sandbox/commands', body);
  while (answer.thinking === true) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await pageApi<InteractionAnswer>(page, 'GET', `/api/sandbox/interactions/${answer.interactionId}`);
  }
  return answer;
}

/** The member presses the Appeal button on the bot's DM and submits the form with their statement. */
async function appealFromDm(page: Page, userId: string, customId: string, statement: string): Promise<void> {
  const dms = await pageApi<SandboxDirectMessage[]>(page, 'GET', `/api/sandbox/members/${userId}/dms`);
  const notice = dms.find((dm) => dm.components.some((row) => row.components.some((c) => c.customId === customId)));
  if (notice === undefined) throw new Error(`no DM with the button ${customId}`);
  const pressed = await pageApi<InteractionAnswer>(page, 'POST', '/api/sandbox/direct-messages/components', {
    userId,
    messageId: notice.id,
    customId,
  });
  const input = pressed.modal?.inputs[0];
  if (input === undefined) throw new Error('the Appeal button showed no form');
  const filed = await pageApi<InteractionAnswer>(page, 'POST', '/api/sandbox/modals', {
    userId,
    interactionId: pressed.interactionId,
    fields: { [input.customId]: statement },
  });
  expect(filed.reply?.content).toMatch(/^Appeal #\d+ of case #\d+ is with the moderators\./);
}
