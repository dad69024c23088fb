import { describe, expect, it } from 'vitest';
import { subscriptionsOf } from '../../core/defineModule.js';
import { recognitionReplay } from './recognitionHandlers.js';
import { recognitionModule } from './recognitionModule.js';

describe('recognition handlers table', () => {
  it('subscribes to every declared type and replays exactly those with derived state', () => {
    expect(subscriptionsOf(recognitionModule).sort()).toEqual([
      'automod.rule_triggered',
      'contribution.recorded',
      'invite.created',
      'member.joined',
      'member.left',
      'message.created',
      'message.deleted',
      'moderation.case_closed',
      'moderation.case_opened',
      'reaction.added',
      'recognition.ambassador_status_changed',
      'recognition.member_referred',
      'recognition.recompute_requested',
      'recognition.referral_confirmed',
      'recognition.thanks_given',
    ]);
    expect([...recognitionReplay.types].sort()).toEqual([
      'automod.rule_triggered',
      'contribution.recorded',
      'member.joined',
      'member.left',
      'message.created',
      'message.deleted',
      'moderation.case_closed',
      'moderation.case_opened',
      'recognition.ambassador_status_changed',
      'recognition.member_referred',
      'recognition.referral_confirmed',
      'recognition.thanks_given',
    ]);
  });

  it('declares its jobs under the names stored in existing databases', () => {
    expect(recognitionModule.jobs?.map((j) => j.name).sort()).toEqual([
      'ambassadorTrialEnded',
      'announce',
      'confirmReferral',
      'postLeaderboard',
      'syncLevels',
    ]);
  });
});
