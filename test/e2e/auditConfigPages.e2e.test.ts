import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGuildhall } from '../../src/app/startGuildhall.js';
import type { ChannelSnapshot } from '../../src/platform/Platform.js';
import type { SandboxMember } from '../../src/platform/sandbox/sandboxViews.js';
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

/**
 * Line 8 names an alert channel neither the guild nor the blueprint has; the blueprint adds a
 * Mentor role and a #book-club channel.
 */
const configText = `version: 1
community:
  name: Lighthouse Makers
dashboard:
  roles:
    moderator: [Moderator]
moderation:
  alertChannel: staff-alerts
server:
  roles:
    - name: Admin
      color: "#e74c3c"
      hoist: true
      mentionable: true
      permissions: [Administrator]
    - name: Moderator
      color: "#3498db"
      hoist: true
      mentionable: true
      permissions: [KickMembers, BanMembers, ManageMessages, ModerateMembers, ManageThreads]
    - name: Mentor
      color: "#1abc9c"
      mentionable: true
    - name: Member
      color: "#2ecc71"
      mentionable: true
    - name: New Member
      color: "#95a5a6"
      mentionable: true
  categories:
    - name: Start Here
      channels:
        - type: text
          name: welcome
    - name: Community
      channels:
        - type: text
          name: general
        - type: text
          name: book-club
          topic: What we are reading this month
    - name: Staff
      channels:
        - type: text
          name: mod-log
`;

if (!hasChromium) console.warn(`audit and config pages e2e skipped: ${SKIP_REASON}`);

describe('audit and config pages in a real browser', () => {
  let harness: BrowserHarness | undefined;
  let guildhall: RunningGuildhall | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!hasChromium) return;
    harness = await startBrowserHarness(configText, 'e2e_audit');
    ({ guildhall, browser } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('lists a /warn done in the sandbox with its moderator named, and filters by action and actor', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1280, height: 900 });
    const errors = collectErrors(page);
    const members = await pageApi<SandboxMember[]>(page, 'GET', '/api/sandbox/members');
    const noor = memberNamed(members, 'noor');
    const sam = memberNamed(members, 'sam');
    const channels = await pageApi<ChannelSnapshot[]>(page, 'GET', '/api/sandbox/channels');
    const general = channels.find((c) => c.name === 'general');
    if (general === undefined) throw new Error('no #general');
    await pageApi(page, 'POST', '/api/sandbox/commands', {
      userId: noor.userId,
      channelId: general.id,
      name: 'warn',
      options: { member: sam.userId, reason: 'Spamming invite links in #general' },
    });

    await page.getByTestId('nav-audit').click();
    const warn = page.locator('[data-testid=audit-entry][data-action="moderation.warn"]');
    expect(await visibleText(warn.getByTestId('audit-sentence'))).toBe('Noor warned Sam');
    expect(await warn.getAttribute('data-actor')).toBe(`discord:${noor.userId}`);
    const details = await visibleText(warn.getByTestId('audit-details'));
    expect(details).toMatch(/Reason\s+Spamming invite links in #general/);
    expect(details).toMatch(/Case\s+#\d+/);
    expect(details).toMatch(/Carried out\s+yes/);
    expect(details).toMatch(/Strike\s+1/);
    // Mira's own sign-in is there too, from the dashboard area.
    const login = page.locator('[data-testid=audit-entry][data-action="dashboard.login"]');
    expect(await visibleText(login.getByTestId('audit-sentence'))).toBe('Mira signed in to the dashboard');
    await screenshot(page, 'audit.png');

    await page.getByTestId('audit-filter-action').selectOption('dashboard.');
    await waitForActions(page, ['dashboard.login']);
    expect(new URL(page.url()).searchParams.get('action')).toBe('dashboard.');
    await page.getByTestId('audit-filter-action').selectOption('privacy.');
    expect(await visibleText(page.getByTestId('audit-empty'))).toBe('No staff action matches these filters.');
    await page.getByTestId('audit-filter-action').selectOption('');
    await waitForActions(page, ['moderation.warn', 'dashboard.login']);

    // A click on the actor shows only their actions; the field then holds the actor.
    await warn.getByTestId('audit-actor').click();
    await waitForActions(page, ['moderation.warn']);
    expect(await page.getByTestId('audit-filter-actor').inputValue()).toBe(`discord:${noor.userId}`);
    await page.getByTestId('audit-filter-clear').click();
    await waitForActions(page, ['moderation.warn', 'dashboard.login']);
    // Typed by hand: the CLI's actors are `cli:<user>`; nobody used the CLI here.
    await page.getByTestId('audit-filter-actor').fill('cli:alice');
    await page.getByTestId('audit-filter-apply').click();
    await page.getByTestId('audit-empty').waitFor({ timeout: UI_TIMEOUT });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${guildhall.url}/audit`);
    await warn.waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'audit-mobile.png');

    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows community.yaml with line numbers, "valid", its warning linked to the line, and the plan', async (ctx) => {
    if (guildhall === undefined || browser === undefined) {
      ctx.skip(SKIP_REASON);
      return;
    }
    const page = await signedInPage(browser, guildhall.url, { width: 1280, height: 900 });
    const errors = collectErrors(page);
    await page.getByTestId('nav-config').click();

    expect(await visibleText(page.getByTestId('config-verdict'))).toBe('valid');
    const lines = page.getByTestId('yaml-line');
    await lines.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await lines.count()).toBe(configText.trimEnd().split('\n').length);
    expect(await visibleText(page.locator('[data-testid=yaml-line][data-line="3"]'))).toBe(
      '3\n  name: Lighthouse Makers',
    );

    // The alert channel the guild lacks is a warning pointing at line 8.
    const warning = page
      .getByTestId('config-warnings')
      .locator('[data-testid=config-problem]', {
        hasText: 'moderation.alertChannel',
      })
      .first();
    expect(await visibleText(warning)).toContain('staff-alerts');
    expect(await visibleText(warning.getByTestId('config-problem-line'))).toBe('line 8');
    await warning.getByTestId('config-problem-line').click();
    await page.locator('[data-testid=yaml-line][data-line="8"].yaml-line-selected').waitFor({ timeout: UI_TIMEOUT });
    expect(new URL(page.url()).hash).toBe('#L8');
    expect(await page.locator('[data-testid=yaml-line][data-line="8"]').getAttribute('class')).toContain(
      'yaml-line-warning',
    );

    // The plan: the blueprint's role and channel, grouped by kind; deletions only --prune would make folded away.
    const plan = page.getByTestId('config-plan');
    expect(await visibleText(plan.getByTestId('config-plan-status'))).toMatch(/^\d+ changes$/);
    const mentor = plan.locator('[data-testid=plan-group][data-kind=role] [data-testid=plan-change]', {
      hasText: '@Mentor',
    });
    expect(await mentor.getAttribute('data-action')).toBe('create');
    const bookClub = plan.locator('[data-testid=plan-group][data-kind=channel] [data-testid=plan-change]', {
      hasText: '#book-club',
    });
    expect(await bookClub.getAttribute('data-action')).toBe('create');
    expect(await visibleText(bookClub)).toContain('What we are reading this month');
    const pruneOnly = plan.getByTestId('plan-prune-only');
    expect(await visibleText(pruneOnly)).toMatch(/^\d+ deletions only with apply --prune$/);
    expect(await pruneOnly.locator('[data-testid=plan-change]', { hasText: '#showcase' }).isVisible()).toBe(false);
    await pruneOnly.locator('summary').click();
    expect(await pruneOnly.locator('[data-testid=plan-change]', { hasText: '#showcase' }).isVisible()).toBe(true);
    await pruneOnly.locator('summary').click();
    expect(await plan.getByTestId('config-plan-up-to-date').count()).toBe(0);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('config-copy').click();
    await waitForText(page.getByTestId('config-copy'), /^Copied$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(configText);

    await page.goto(`${guildhall.url}/config`);
    await page.getByTestId('config-plan').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'config.png', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${guildhall.url}/config`);
    await page.getByTestId('config-plan').waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, 'config-mobile.png');

    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

function memberNamed(members: readonly SandboxMember[], username: string): SandboxMember {
  const found = members.find((m) => m.username === username);
  if (found === undefined) throw new Error(`no sandbox member ${username}`);
  return found;
}

/** Console errors and uncaught exceptions of the page, as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Waits until the audit list shows exactly these actions, in this order (newest first). */
async function waitForActions(page: Page, actions: readonly string[]): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await page
      .locator('[data-testid=audit-entry]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action') ?? ''));
    if (seen.join() === actions.join()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected audit actions ${actions.join(', ')}, saw ${seen.join(', ')}`);
}
