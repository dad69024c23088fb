import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ItemChanged, ItemDetail } from '../../src/modules/feedback/http/FeedbackApi.js';
import { testDialect } from '../testStore.js';
import { DAY, openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';
import { insertItems, openFeedbackApi, ROLE_HEADER, USER_HEADER } from './httpApi.js';

describe(`feedback dashboard API: staff changes (${testDialect})`, () => {
  let f: FeedbackCommunity | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await f?.close();
    app = undefined;
    f = undefined;
  });

  async function seeded() {
    f = await openFeedbackCommunity();
    app = await openFeedbackApi(f);
    const [sam, kenji, noor] = await Promise.all(['sam', 'kenji', 'noor'].map((name) => f!.user(name)));
    if (sam === undefined || kenji === undefined || noor === undefined) throw new Error('no seeded members');
    const day0 = Math.floor(f.now() / DAY) * DAY - 2 * DAY;
    await insertItems(f, [
      { id: 'i1', type: 'bug', title: 'Login button broken on Safari', author_id: sam, created_at: day0 },
      { id: 'i2', type: 'feature', title: 'Dark mode', author_id: kenji, created_at: day0 + 1000 },
      { id: 'i3', type: 'feature', title: 'Dark theme please', author_id: sam, created_at: day0 + 2000 },
    ]);
    return { sam, noor };
  }

  const post = (userId: string, url: string, payload: unknown, role = 'moderator') =>
    app!.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { [ROLE_HEADER]: role, [USER_HEADER]: userId },
    });
  const detail = async (number: number) => {
    const response = await app!.inject({
      url: `/api/feedback/items/${number}`,
      headers: { [ROLE_HEADER]: 'viewer', [USER_HEADER]: '300000000000000009' },
    });
    return ItemDetail.parse(response.json());
  };

  it('feedback staff move an item with a note: history, audit entry and the item changed', async () => {
    const { noor } = await seeded();
    const response = await post(noor, '/api/feedback/items/1/status', {
      status: 'triaged',
      note: 'Reproduced on Safari 17',
    });
    expect(response.statusCode, response.body).toBe(200);
    const { item } = ItemChanged.parse(response.json());
    expect(item).toMatchObject({ number: 1, status: 'triaged', statusNote: 'Reproduced on Safari 17' });
    const read = await detail(1);
    expect(read.item.status).toBe('triaged');
    expect(read.history.map((h) => [h.from, h.to, h.byId, h.note])).toEqual([
      ['new', 'triaged', noor, 'Reproduced on Safari 17'],
    ]);
    const audit = await f!.c.store.db
      .selectFrom('audit_log')
      .select(['actor', 'target'])
      .where('actor', '=', `dashboard:${noor}`)
      .execute();
    expect(audit).toEqual([{ actor: `dashboard:${noor}`, target: '#1' }]);
    // The same status again is refused, and nothing more is recorded.
    const again = await post(noor, '/api/feedback/items/1/status', { status: 'triaged' });
    expect(again.statusCode).toBe(409);
    expect((await detail(1)).history).toHaveLength(1);
    expect((await post(noor, '/api/feedback/items/42/status', { status: 'done' })).statusCode).toBe(404);
    expect((await post(noor, '/api/feedback/items/1/status', { status: 'merged' })).statusCode).toBe(400);
  });

  it('refuses a dashboard moderator who is not feedback staff in the guild', async () => {
    const { sam } = await seeded();
    const response = await post(sam, '/api/feedback/items/1/status', { status: 'done' });
    expect(response.statusCode).toBe(403);
    expect((await detail(1)).item.status).toBe('new');
    expect((await post(sam, '/api/feedback/items/3/merge', { into: 2 })).statusCode).toBe(403);
    expect((await detail(3)).item.status).toBe('new');
  });

  it('merges a duplicate into another item', async () => {
    const { noor } = await seeded();
    const response = await post(noor, '/api/feedback/items/3/merge', { into: 2 });
    expect(response.statusCode, response.body).toBe(200);
    expect(ItemChanged.parse(response.json()).item.number).toBe(2);
    expect((await detail(3)).item).toMatchObject({ status: 'merged', mergedInto: 2 });
    expect((await detail(2)).duplicates).toEqual([3]);
    expect((await post(noor, '/api/feedback/items/2/merge', { into: 2 })).statusCode).toBe(409);
    expect((await post(noor, '/api/feedback/items/1/merge', { into: 77 })).statusCode).toBe(404);
  });
});
