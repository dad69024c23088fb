import { describe, expect, it } from 'vitest';
import { RecognitionConfig } from '../RecognitionConfig.js';
import { recognitionDeprecations } from './deprecatedKeys.js';

const DAY = 86_400_000;

const old = {
  messageCooldownSeconds: 60,
  thanks: { windowMinutes: 30 },
  referrals: { fraudWindowDays: 0 },
  ambassadors: { trialDays: 14 },
  leaderboards: { seasonLengthDays: 28 },
};

describe('recognition durations and their deprecated numeric keys', () => {
  it('reads durations, with the defaults written as durations', () => {
    const parsed = RecognitionConfig.parse(undefined);
    expect([
      parsed.messageCooldown,
      parsed.thanks.window,
      parsed.referrals.fraudWindow,
      parsed.ambassadors.trialLength,
      parsed.leaderboards.seasonLength,
    ]).toEqual([60_000, 3_600_000, 7 * DAY, 30 * DAY, 91 * DAY]);
    const custom = RecognitionConfig.parse({ messageCooldown: '5m', thanks: { window: '2h' } });
    expect([custom.messageCooldown, custom.thanks.window]).toEqual([300_000, 7_200_000]);
  });

  it('still reads the old numeric keys, as the durations they meant', () => {
    const fromOld = RecognitionConfig.parse(old);
    const fromNew = RecognitionConfig.parse({
      messageCooldown: '60s',
      thanks: { window: '30m' },
      referrals: { fraudWindow: '0d' },
      ambassadors: { trialLength: '14d' },
      leaderboards: { seasonLength: '28d' },
    });
    expect(fromOld).toEqual(fromNew);
    expect(JSON.stringify(fromOld)).not.toMatch(/Seconds|Minutes|Days/);
  });

  it('refuses out-of-range values of both, and a key set together with its replacement', () => {
    const problems = (raw: unknown) => {
      const result = RecognitionConfig.safeParse(raw);
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(problems({ messageCooldown: '2d' })).toEqual(['messageCooldown: must be at most 24h']);
    expect(problems({ messageCooldownSeconds: -5 })).toEqual([
      expect.stringMatching(/^messageCooldownSeconds: Too small/),
    ]);
    expect(problems({ leaderboards: { seasonLength: '36h' } })).toEqual([
      'leaderboards.seasonLength: must be whole days, from 7d to 366d',
    ]);
    expect(problems({ thanks: { window: '1h', windowMinutes: 60 } })).toEqual([
      'thanks.windowMinutes: deprecated and set together with window: keep only window',
    ]);
  });

  it('lists each deprecated key used, with what to write instead', () => {
    expect(recognitionDeprecations(old).map((d) => `${d.path}: ${d.message}`)).toEqual([
      'recognition.messageCooldownSeconds: deprecated, use messageCooldown: "60s"',
      'recognition.leaderboards.seasonLengthDays: deprecated, use seasonLength: "28d"',
      'recognition.thanks.windowMinutes: deprecated, use window: "30m"',
      'recognition.referrals.fraudWindowDays: deprecated, use fraudWindow: "0d"',
      'recognition.ambassadors.trialDays: deprecated, use trialLength: "14d"',
    ]);
    expect(recognitionDeprecations(old)[2]?.keys).toEqual(['recognition', 'thanks', 'windowMinutes']);
    expect(recognitionDeprecations({ messageCooldown: '60s' })).toEqual([]);
    expect(recognitionDeprecations(undefined)).toEqual([]);
  });
});
