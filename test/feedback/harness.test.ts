import { afterEach, describe, expect, it } from 'vitest';
import { openFeedbackCommunity, type FeedbackCommunity } from './feedbackCommunity.js';

describe('feedback test community', () => {
  let f: FeedbackCommunity;
  afterEach(async () => f.close());

  it('opens with the feedback module migrated, its channels made and nothing scheduled', async () => {
    f = await openFeedbackCommunity();
    expect(await f.rows('feedback_items')).toEqual([]);
    expect(Object.values(f.channels).every((id) => id.length > 0)).toBe(true);
    expect(await f.pendingJobs()).toEqual([]);
  });
});
