import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import { SandboxPlatform } from '../../src/platform/sandbox/SandboxPlatform.js';
import type { SandboxMember } from '../../src/platform/sandbox/sandboxViews.js';
import type { MessageWithPoll } from '../../src/server/sandbox/schemas/pollSchemas.js';
import { testDialect } from '../testStore.js';
import {
  SKIP_REASON,
  hasChromium,
  openChannel,
  pageApi,
  screenshot,
  selectMember,
  signedInPage,
  startBrowserHarness,
  visibleText,
  waitForText,
  type BrowserHarness,
} from './browserHarness.js';

const configText = `version: 1
community:
  name: Lighthouse Makers
`;

if (!hasChromium) console.warn(`sandbox polls e2e skipped: ${SKIP_REASON}`);

describe(`native polls in the sandbox panel, in a real browser (${testDialect})`, () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_polls');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows polls with counts, votes as the member picked, and shows the winner once ended', async (ctx) => {
    if (!hasChromium || guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const { platform } = guildhall;
    if (!(platform instanceof SandboxPlatform)) throw new Error('not on the sandbox');
    const page = await signedInPage(browser, guildhall.url, { width: 1440, height: 900 });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const userId = (username: string): string => members.find((m) => m.username === username)?.userId ?? '';
    const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
    const general = channels.find((c) => c.name === 'general')?.id ?? '';

    // An ended poll (Lena and Kenji voted Pizza, Sam Tacos), then an open one and a multiselect one.
    const ended = await platform.sendMessage(general, {
      poll: { question: 'Snacks for the meetup?', answers: ['Pizza', 'Tacos'], durationHours: 1 },
    });
    const votes = (messageId: string) => `/api/sandbox/channels/${general}/messages/${messageId}/poll-votes`;
    for (const [username, answer] of [
      ['lena', 0],
      ['kenji', 0],
      ['sam', 1],
    ] as const) {
      await pageApi(page, 'POST', votes(ended.id), { userId: userId(username), answers: [answer] });
    }
    await platform.endPoll(general, ended.id);
    const open = await platform.sendMessage(general, {
      content: 'Game night: vote below',
      poll: { question: 'Next game night?', answers: ['Friday', 'Saturday', 'Sunday'], durationHours: 24 },
    });
    await pageApi(page, 'POST', votes(open.id), { userId: userId('sam'), answers: [1] });
    await pageApi(page, 'POST', votes(open.id), { userId: userId('kenji'), answers: [0] });
    const topics = await platform.sendMessage(general, {
      poll: {
        question: 'Which workshops?',
        answers: ['Soldering', '3D printing', 'Shaders'],
        durationHours: 48,
        allowMultiselect: true,
      },
    });

    await page.getByTestId('nav-sandbox').click();
    await selectMember(page, 'mira');
    await openChannel(page, 'general');

    // The open poll: counts and shares; Mira votes Saturday with one click.
    const openPoll = pollOf(page, open.id);
    expect(await visibleText(openPoll.locator('.poll-question'))).toBe('Next game night?');
    expect(await counts(openPoll)).toEqual(['1 · 50%', '1 · 50%', '0 · 0%']);
    await waitForText(openPoll.getByTestId('poll-status'), /^2 votes · 24h left$/);
    await answer(openPoll, 1).click();
    await waitForText(answer(openPoll, 1).getByTestId('poll-count'), /^2 · 67%$/);
    expect(await answer(openPoll, 1).getAttribute('aria-pressed')).toBe('true');

    // The multiselect poll: pick two answers, then Vote.
    const topicsPoll = pollOf(page, topics.id);
    await answer(topicsPoll, 0).click();
    await answer(topicsPoll, 2).click();
    await topicsPoll.getByTestId('poll-vote').click();
    await waitForText(topicsPoll.getByTestId('poll-status'), /^2 votes · 2d left$/);
    expect(await counts(topicsPoll)).toEqual(['1 · 50%', '0 · 0%', '1 · 50%']);

    // The ended poll: final counts, the winner, no voting.
    const endedPoll = pollOf(page, ended.id);
    await waitForText(endedPoll.getByTestId('poll-status'), /^3 votes · Poll ended: Pizza won$/);
    expect(await answer(endedPoll, 0).isDisabled()).toBe(true);
    expect(await endedPoll.getByTestId('poll-remove-vote').count()).toBe(0);

    // What the page showed is what the API stored.
    const stored = await pageApi<MessageWithPoll[]>(page, 'GET', `/api/sandbox/channels/${general}/messages`);
    expect(stored.find((m) => m.id === open.id)?.poll?.counts).toEqual([1, 2, 0]);
    expect(stored.find((m) => m.id === topics.id)?.poll?.counts).toEqual([1, 0, 1]);

    // The ended poll at the top of the chat, the open one with Mira's vote under it.
    await endedPoll.evaluate((element) => {
      const list = element.closest('[data-testid=channel-messages]');
      const message = element.closest('[data-testid=message]');
      if (list === null || message === null) return;
      list.scrollTop += message.getBoundingClientRect().top - list.getBoundingClientRect().top;
    });
    await screenshot(page, 'sandbox-polls.png');

    // Mira takes her vote back.
    await openPoll.getByTestId('poll-remove-vote').click();
    await waitForText(answer(openPoll, 1).getByTestId('poll-count'), /^1 · 50%$/);

    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});

function pollOf(page: Page, messageId: string) {
  return page.locator(`[data-testid=channel-messages] [data-testid=poll][data-message-id="${messageId}"]`);
}

function answer(poll: ReturnType<typeof pollOf>, index: number) {
  return poll.locator(`[data-testid=poll-answer][data-index="${index}"]`);
}

async function counts(poll: ReturnType<typeof pollOf>): Promise<string[]> {
  await poll.getByTestId('poll-count').first().waitFor();
  return (await poll.getByTestId('poll-count').allInnerTexts()).map((text) => text.trim());
}
