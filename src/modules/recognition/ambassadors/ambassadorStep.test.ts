import { describe, expect, it } from 'vitest';
import { ambassadorStep, type AmbassadorRecord } from './ambassadorStep.js';

const DAY = 86_400_000;
const input = { actorId: 'staff', tier: null, note: null, now: 1000 * DAY, trialLength: 30 * DAY };

describe('ambassadorStep', () => {
  const nominated: AmbassadorRecord = {
    tier: 'community_helper',
    status: 'nominated',
    nominatedBy: 'ada',
    nominatedAt: 999 * DAY,
    reviewedBy: null,
    trialEndsAt: null,
    confirmedAt: null,
    note: null,
  };

  it('goes nomination → review → one-month trial → confirmed', () => {
    const nomination = ambassadorStep(null, 'nominate', { ...input, actorId: 'ada', tier: 'community_helper' });
    expect(nomination).toMatchObject({ record: { status: 'nominated', nominatedBy: 'ada' } });
    const trial = ambassadorStep(nominated, 'approve', input);
    expect(trial).toEqual({
      record: { ...nominated, status: 'trial', reviewedBy: 'staff', trialEndsAt: 1030 * DAY },
    });
    if (!('record' in trial)) return;
    expect(ambassadorStep(trial.record, 'confirm', { ...input, now: 1029 * DAY })).toEqual({
      error: 'the trial ends on 1972-10-27',
    });
    expect(ambassadorStep(trial.record, 'confirm', { ...input, now: 1030 * DAY })).toEqual({
      record: { ...trial.record, status: 'confirmed', confirmedAt: 1030 * DAY },
    });
  });

  it('refuses steps out of order', () => {
    expect(ambassadorStep(null, 'approve', input)).toEqual({ error: 'not nominated' });
    expect(ambassadorStep(nominated, 'confirm', input)).toEqual({ error: 'not on trial' });
    expect(ambassadorStep(nominated, 'nominate', { ...input, tier: 'evangelist' })).toEqual({
      error: 'already nominated',
    });
    expect(ambassadorStep(nominated, 'end', input)).toEqual({ error: 'not an ambassador' });
    expect(
      ambassadorStep({ ...nominated, status: 'rejected' }, 'nominate', { ...input, tier: 'evangelist' }),
    ).toMatchObject({ record: { status: 'nominated', tier: 'evangelist' } });
  });
});
