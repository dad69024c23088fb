import { z } from 'zod';
import type { ModuleRoute } from '../../src/core/defineRoute.js';
import type { Engine } from '../../src/core/Engine.js';
import type { FeedbackContext } from '../../src/modules/feedback/FeedbackContext.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomId } from '../../src/modules/feedback/cards/feedbackCustomIds.js';
import type { FeedbackType } from '../../src/modules/feedback/config/FeedbackTypes.js';
import { cardChannelId } from '../../src/modules/feedback/lifecycle/itemPlace.js';
import { FeedbackItems, type FeedbackItem } from '../../src/modules/feedback/store/FeedbackItems.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import type { FeedbackCommunity, InteractionOutcome } from './feedbackCommunity.js';

let units = 0;

/**
 * A member submits an item with `/feedback submit` in #general and its form; answers the item.
 * @param f - the community
 * @param userId - the author
 * @param type - the item's type
 * @param title - its title
 * @param details - its text
 */
export async function submitItem(
  f: FeedbackCommunity,
  userId: string,
  type: FeedbackType,
  title: string,
  details = 'More about it.',
): Promise<FeedbackItem> {
  const form = await f.commandIn(f.channels.general, userId, 'feedback', 'submit', { type });
  if (form.modal === null) throw new Error(`no form: ${JSON.stringify(form.reply)}`);
  await f.submitModal(userId, form.interactionId, { title, details });
  const items = await f.rows('feedback_items');
  const item = items.filter((i) => i.title === title).sort((a, b) => b.number - a.number)[0];
  if (item === undefined) throw new Error(`no item titled ${title}`);
  return item;
}

/**
 * An item as stored now.
 * @param f - the community
 * @param number - its number
 */
export async function itemNumber(f: FeedbackCommunity, number: number): Promise<FeedbackItem> {
  const item = await new FeedbackItems(f.c.store.db).byNumber(f.guildId, number);
  if (item === undefined) throw new Error(`no item #${number}`);
  return item;
}

/**
 * The item's card as the sandbox shows it now.
 * @param f - the community
 * @param item - the item (as stored)
 */
export async function cardOf(f: FeedbackCommunity, item: FeedbackItem): Promise<SandboxMessage> {
  const channelId = cardChannelId(item);
  if (channelId === null) throw new Error(`#${item.number} has no card`);
  const card = (await f.messagesIn(channelId)).find((m) => m.id === item.message_id);
  if (card === undefined) throw new Error(`card of #${item.number} not found`);
  return card;
}

/** The bot's messages in the item's thread, after the card and the auto-response. */
export async function noticesIn(f: FeedbackCommunity, item: FeedbackItem): Promise<SandboxMessage[]> {
  if (item.thread_id === null) throw new Error(`#${item.number} has no thread`);
  const messages = await f.messagesIn(item.thread_id);
  return messages.filter((m) => m.id !== item.message_id && m.embeds.length === 0).slice(1);
}

/**
 * Presses a button of an item's card.
 * @param f - the community
 * @param userId - the member
 * @param item - the item
 * @param button - which
 */
export async function pressCard(
  f: FeedbackCommunity,
  userId: string,
  item: FeedbackItem,
  button: 'up' | 'down' | 'follow',
): Promise<InteractionOutcome> {
  const card = await cardOf(f, item);
  return f.press(userId, card, feedbackCustomId(FEEDBACK_CUSTOM_IDS[button], item.id));
}

/**
 * A staff member runs `/feedback-staff status` in #general.
 * @param f - the community
 * @param userId - who
 * @param number - the item
 * @param status - the new status
 * @param note - optional note
 */
export function setStatus(
  f: FeedbackCommunity,
  userId: string,
  number: number,
  status: string,
  note?: string,
): Promise<InteractionOutcome> {
  return f.command(userId, 'feedback-staff', 'status', {
    item: number,
    status,
    ...(note === undefined ? {} : { note }),
  });
}

/** The audit entries of an action, oldest first. */
export async function auditOf(
  f: FeedbackCommunity,
  action: string,
): Promise<{ actor: string; target: string | null; details: Record<string, unknown> }[]> {
  const rows = await f.c.store.db
    .selectFrom('audit_log')
    .select(['actor', 'target', 'details'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    actor: r.actor,
    target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}

/**
 * Runs `work` with the feedback module's real context in one unit of work, as a dashboard
 * route does (`Engine.runRoute`), then settles.
 * @param f - the community
 * @param work - what to do
 */
export async function inFeedbackUnit(
  f: FeedbackCommunity,
  work: (ctx: FeedbackContext) => Promise<void>,
): Promise<void> {
  await inFeedbackEngineUnit(f.c.engine, f.guildId, work);
  await f.c.settle();
}

/**
 * {@link inFeedbackUnit} on any engine (the discord.js tests' too).
 * @param engine - the running engine
 * @param guildId - the guild
 * @param work - what to do
 */
export async function inFeedbackEngineUnit(
  engine: Engine,
  guildId: string,
  work: (ctx: FeedbackContext) => Promise<void>,
): Promise<void> {
  const route: ModuleRoute<FeedbackContext> = {
    method: 'POST',
    path: '/test-unit',
    access: 'admin',
    summary: 'test only',
    response: z.object({}),
    async handle(_input, ctx) {
      await work(ctx);
      return { status: 200, body: {} };
    },
  };
  units += 1;
  await engine.runRoute('feedback', route, {
    params: {},
    query: {},
    body: {},
    actor: { userId: '1', name: 'test', role: 'admin', devLogin: true },
    guildId,
    requestId: `feedback-lifecycle-test-${units}`,
  });
  await engine.settle();
}
