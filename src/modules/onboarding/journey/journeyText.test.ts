import { describe, expect, it } from 'vitest';
import { buttonMemberId, journeyButtons, STOP_BUTTON_PREFIX } from './journeyButtons.js';
import { dmsAllowed } from './dmsAllowed.js';
import { journeyText } from './journeyText.js';

describe('journey messages', () => {
  it('fills {member} and {community}, and mentions the member first only when the text does not', () => {
    expect(journeyText('Hi {member}, this is {community}.', { userId: '42', community: 'Miyabi', mention: true })).toBe(
      'Hi <@42>, this is Miyabi.',
    );
    expect(journeyText('Read the guides.', { userId: '42', community: 'Miyabi', mention: true })).toBe(
      '<@42> Read the guides.',
    );
    expect(journeyText('Read the guides.', { userId: '42', community: 'Miyabi', mention: false })).toBe(
      'Read the guides.',
    );
  });

  it('never goes past 2000 characters, however long the community name', () => {
    const text = journeyText('{community} '.repeat(100), {
      userId: '42',
      community: 'x'.repeat(100),
      mention: true,
    });
    expect(text).toHaveLength(2000);
    expect(text.endsWith('…')).toBe(true);
  });

  it("reads the member back from a button's custom id, and nothing from someone else's prefix", () => {
    const [row] = journeyButtons('123456789012345678', true);
    expect(row?.components.map((c) => c.customId)).toEqual([
      'onboarding:journey:stop:123456789012345678',
      'onboarding:journey:dms-off:123456789012345678',
    ]);
    expect(buttonMemberId('onboarding:journey:stop:123456789012345678', STOP_BUTTON_PREFIX)).toBe('123456789012345678');
    expect(buttonMemberId('onboarding:journey:stop:abc', STOP_BUTTON_PREFIX)).toBeNull();
    expect(buttonMemberId('onboarding:welcome:type:123', STOP_BUTTON_PREFIX)).toBeNull();
  });

  it('allows DMs only after an opt-in with no opt-out since', () => {
    expect(dmsAllowed({ dm_opt_in_at: null, dm_opt_out_at: null })).toBe(false);
    expect(dmsAllowed({ dm_opt_in_at: 10, dm_opt_out_at: null })).toBe(true);
    expect(dmsAllowed({ dm_opt_in_at: 10, dm_opt_out_at: 20 })).toBe(false);
    expect(dmsAllowed({ dm_opt_in_at: 30, dm_opt_out_at: 20 })).toBe(true);
  });
});
