import Fastify, { type FastifyInstance } from 'fastify';
import {
  FeedbackItems,
  type FeedbackItem,
  type NewFeedbackItem,
} from '../../src/modules/feedback/store/FeedbackItems.js';
import { registerModuleRoutes } from '../../src/server/registerModuleRoutes.js';
import type { FeedbackCommunity } from './feedbackCommunity.js';

/** Headers a test sends to be signed in: the dashboard role and the Discord user id. */
export const ROLE_HEADER = 'x-test-role';
export const USER_HEADER = 'x-test-user';

/**
 * Mounts the feedback community's module routes on a bare Fastify whose test-only hook signs in
 * the user of `x-test-user` with the dashboard role of `x-test-role` (nobody without them).
 * @param f - the feedback community
 */
export async function openFeedbackApi(f: FeedbackCommunity): Promise<FastifyInstance> {
  const app = Fastify();
  app.addHook('preHandler', (request, _reply, done) => {
    const role = request.headers[ROLE_HEADER];
    const userId = request.headers[USER_HEADER];
    if ((role === 'viewer' || role === 'moderator' || role === 'admin') && typeof userId === 'string') {
      request.dashboardUser = { userId, name: 'Staff', role, devLogin: true };
    }
    done();
  });
  await registerModuleRoutes(app, { engine: f.c.engine, guildId: f.guildId });
  return app;
}

/** An item's fields a test gives; the rest take plain defaults. */
export type ItemSeed = Partial<NewFeedbackItem> & Pick<NewFeedbackItem, 'id' | 'title' | 'author_id' | 'created_at'>;

/**
 * Inserts items in order (numbers #1, #2, … as the store gives them), in the bug-reports
 * channel without thread or card unless the seed says otherwise.
 * @param f - the feedback community
 * @param seeds - the items
 */
export async function insertItems(f: FeedbackCommunity, seeds: readonly ItemSeed[]): Promise<FeedbackItem[]> {
  const items = new FeedbackItems(f.c.store.db);
  const out: FeedbackItem[] = [];
  for (const seed of seeds) {
    out.push(
      await items.insert({
        guild_id: f.guildId,
        type: 'general',
        body: '',
        source: 'command',
        channel_id: f.channels.bugReports,
        thread_id: null,
        message_id: null,
        status: 'new',
        status_note: null,
        status_by: null,
        status_at: seed.created_at,
        merged_into: null,
        sentiment_label: 'neutral',
        sentiment_score: 0,
        critical_reason: null,
        critical_alerted_at: null,
        up_votes: 0,
        down_votes: 0,
        updated_at: seed.created_at,
        ...seed,
      }),
    );
  }
  return out;
}
