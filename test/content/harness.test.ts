import { afterEach, describe, expect, it } from 'vitest';
import { openContentCommunity, type ContentCommunity } from './contentCommunity.js';

describe('the content test community', () => {
  let c: ContentCommunity | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  it('creates the channels a test names, finds the seeded ones, and restarts with new sections', async () => {
    c = await openContentCommunity({}, { channels: ['code-review', 'general'], restartable: true });
    const names = (await c.c.sandbox.listChannels()).filter((ch) => ch.kind !== 'thread').map((ch) => ch.name);
    expect(names.filter((n) => n === 'code-review')).toHaveLength(1);
    expect(names.filter((n) => n === 'general')).toHaveLength(1);
    expect(c.channels['code-review']).toBe(
      (await c.c.sandbox.listChannels()).find((ch) => ch.name === 'code-review')?.id,
    );
    expect(await c.pendingJobs('github')).toEqual([]);
    c = await c.restart({ github: { enabled: false } });
    expect(c.channels.general).toBeDefined();
  });
});
