import { afterEach, describe, expect, it } from 'vitest';
import { openLearningCommunity, type LearningCommunity } from './learningCommunity.js';

describe('learning harness', () => {
  let community: LearningCommunity | undefined;
  afterEach(async () => {
    await community?.close();
    community = undefined;
  });

  it('opens the sandbox with the learning tables and its channels, nothing scheduled', async () => {
    community = await openLearningCommunity();
    expect(community.channels.studyGroups).not.toBe(community.channels.mentoring);
    expect(await community.rows('learning_profiles')).toEqual([]);
    expect(await community.pendingJobs()).toEqual([]);
  });
});
