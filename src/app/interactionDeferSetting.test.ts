import { describe, expect, it } from 'vitest';
import { INTERACTION_DEFER_AFTER_MS } from '../core/outbox/index.js';
import { interactionDeferSetting } from './interactionDeferSetting.js';

describe('GUILDHALL_INTERACTION_DEFER_MS', () => {
  it('defaults to the 2 s deferral when unset or blank', () => {
    expect(interactionDeferSetting(undefined)).toBe(INTERACTION_DEFER_AFTER_MS);
    expect(interactionDeferSetting(' ')).toBe(INTERACTION_DEFER_AFTER_MS);
  });

  it('takes milliseconds within what Discord allows, or off', () => {
    expect(interactionDeferSetting('1500')).toBe(1500);
    expect(interactionDeferSetting('OFF')).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses a delay Discord would not wait for, saying what it accepts', () => {
    expect(() => interactionDeferSetting('3000')).toThrow(/from 100 to 2500, or "off" \(got "3000"\)/);
    expect(() => interactionDeferSetting('soon')).toThrow(/GUILDHALL_INTERACTION_DEFER_MS/);
  });
});
