import Fastify, { type FastifyInstance } from 'fastify';
import type { InteractionReply } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { registerOpenApi } from '../../src/server/openapi/registerOpenApi.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import { openContentCommunity, type ContentCommunity } from '../content/contentCommunity.js';

/** The showcases as the tests configure them: on, in #showcase, UTC, the default categories and days. */
export const SHOWCASES = { enabled: true, channel: 'showcase', timezone: 'UTC' };

/** March 2026 in UTC at the default 18:00: voting from the 22nd, results on the 31st. */
export const MARCH = {
  votingAt: Date.UTC(2026, 2, 22, 18),
  closesAt: Date.UTC(2026, 2, 31, 18),
  aprilOpensAt: Date.UTC(2026, 3, 1, 18),
};

/** The seeded members the tests use. */
export interface ShowcaseMembers {
  /** The owner (staff). */
  mira: string;
  noor: string;
  sam: string;
  kenji: string;
  lena: string;
  tomas: string;
}

/**
 * Opens the content community with showcases on and #showcase.
 * @param restartable - keep the database for `restart()`
 */
export async function openShowcases(restartable = false): Promise<{ t: ContentCommunity; m: ShowcaseMembers }> {
  const t = await openContentCommunity(
    { challenges: { showcases: SHOWCASES } },
    { channels: ['showcase'], restartable },
  );
  const m = {
    mira: await t.user('mira'),
    noor: await t.user('noor'),
    sam: await t.user('sam'),
    kenji: await t.user('kenji'),
    lena: await t.user('lena'),
    tomas: await t.user('tomas'),
  };
  return { t, m };
}

/**
 * `/showcase nominate` with a reason (no form).
 * @param t - the community
 * @param by - the nominator
 * @param category - the category id
 * @param member - the nominee
 * @param link - the project's link
 */
export async function nominate(
  t: ContentCommunity,
  by: string,
  category: string,
  member: string,
  link?: string,
): Promise<string> {
  const out = await t.command(by, 'showcase', 'nominate', {
    category,
    member,
    reason: 'great work',
    ...(link === undefined ? {} : { link }),
  });
  return out.reply?.content ?? '';
}

/** The bot's voting message of a category in #showcase. */
export async function ballot(t: ContentCommunity, month: string, category: string): Promise<SandboxMessage> {
  const customId = `challenges:showcase-vote:${month}:${category}`;
  const found = (await t.messagesIn(t.channels.showcase ?? '')).find((msg) =>
    msg.components.some((row) => row.components.some((c) => c.customId === customId)),
  );
  if (found === undefined) throw new Error(`no voting message for ${category}`);
  return found;
}

/** A member chooses a nominee in a category's voting menu; answers the bot's reply. */
export async function vote(
  t: ContentCommunity,
  voter: string,
  month: string,
  category: string,
  nomineeId: string,
): Promise<InteractionReply | null> {
  const message = await ballot(t, month, category);
  const { interactionId } = await t.c.sandbox.selectMenu({
    userId: voter,
    channelId: message.channelId,
    messageId: message.id,
    customId: `challenges:showcase-vote:${month}:${category}`,
    values: [nomineeId],
  });
  await t.c.settle();
  return (await t.c.sandbox.getInteraction(interactionId))?.reply ?? null;
}

/** The module routes on a bare Fastify, signed in as a dashboard viewer. */
export async function openShowcaseApi(t: ContentCommunity): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: 'viewer', name: 'Viewer', role: 'viewer', devLogin: true };
    done();
  });
  await registerOpenApi(app, { title: 'guildhall', version: 'test' });
  await registerModuleRoutes(app, { engine: t.c.engine, guildId: t.guildId });
  await app.ready();
  return app;
}
