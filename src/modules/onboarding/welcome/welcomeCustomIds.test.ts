import { describe, expect, it } from 'vitest';
import { parseWelcomeCustomId, welcomeCustomId, type WelcomeAction } from './welcomeCustomIds.js';

describe('welcome custom ids', () => {
  it('read back what they were made from', () => {
    const actions: WelcomeAction[] = [
      { kind: 'type', userId: '849000000000000300', typeId: 'developer' },
      { kind: 'types', userId: '849000000000000300' },
      { kind: 'rules', userId: '1' },
      { kind: 'dms', userId: '12345678901234567890' },
    ];
    for (const action of actions) {
      const id = welcomeCustomId(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseWelcomeCustomId(id)).toEqual(action);
    }
    // The longest: a 20-digit snowflake and a 32-character type id, within Discord's 100.
    const longest = welcomeCustomId({ kind: 'type', userId: '9'.repeat(20), typeId: 'a'.repeat(32) });
    expect(longest.length).toBeLessThanOrEqual(100);
  });

  it('refuse ids that are not a welcome component', () => {
    for (const id of [
      'onboarding:stop:1',
      'onboarding:welcome:type:1',
      'onboarding:welcome:type:1:',
      'onboarding:welcome:rules:1:extra',
      'onboarding:welcome:rules:abc',
      'onboarding:welcome:party:1',
      'onboarding:welcome:type:1:developer:x',
    ]) {
      expect(parseWelcomeCustomId(id)).toBeNull();
    }
  });
});
