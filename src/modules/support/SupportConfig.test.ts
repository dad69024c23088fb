import { describe, expect, it } from 'vitest';
import { SupportConfig } from './SupportConfig.js';

const HOUR = 3_600_000;

/** The issues of parsing `support`, as "path: message" lines. */
function problems(support: unknown): string[] {
  const result = SupportConfig.safeParse(support);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('SupportConfig', () => {
  it("fills the defaults: no help channels (nothing tracked), seed 000's tiers 4 h, 24 h, 48 h", () => {
    const config = SupportConfig.parse({});
    expect(config.helpChannels).toEqual([]);
    expect(config.tiers.map((t) => [t.name, t.within, t.role, t.channel, t.businessHours])).toEqual([
      ['community', 4 * HOUR, null, null, null],
      ['expert', 24 * HOUR, null, null, null],
      ['platform', 48 * HOUR, null, null, null],
    ]);
    expect(config.solutions).toMatchObject({
      solvedTag: 'Solved',
      archiveAfter: HOUR,
      lock: false,
      inferFromThanks: true,
    });
    expect(config.nudges).toEqual({ markSolutionAfter: 24 * HOUR, dormantAfter: 7 * 24 * HOUR });
    expect(config.similar).toEqual({ enabled: true, max: 3, minScore: 0.35 });
    expect(config.knowledgeBase).toMatchObject({ reviewersRequired: 3, verifiedTag: 'Verified', minScore: 3.5 });
  });

  it('accepts tiers with roles, a staff channel and working hours', () => {
    const config = SupportConfig.parse({
      helpChannels: ['help'],
      tiers: [
        { name: 'community', within: '4h' },
        {
          name: 'expert',
          within: '8h',
          role: 'Expert',
          channel: 'staff-support',
          businessHours: {
            timezone: 'Europe/Berlin',
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '09:00',
            end: '17:00',
          },
        },
      ],
    });
    expect(config.tiers[1]?.businessHours).toEqual({
      timezone: 'Europe/Berlin',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '17:00',
    });
  });

  it('refuses tiers out of order, a tier twice, bad working hours and unknown keys, saying where', () => {
    expect(
      problems({
        tiers: [
          { name: 'community', within: '24h' },
          { name: 'expert', within: '4h' },
          { name: 'expert', within: '48h', businessHours: { timezone: 'Mars/Olympus', start: '18:00', end: '09:00' } },
        ],
        solution: {},
      }),
    ).toEqual([
      'tiers.2.businessHours.timezone: an IANA time zone such as "Europe/Berlin"',
      'tiers.2.businessHours.end: `end` must be after `start`',
      ': Unrecognized key: "solution"',
      'tiers.1.within: tier "expert": `within` must be longer than the previous tier\'s',
      'tiers.2.name: tier "expert" is listed twice',
    ]);
    expect(
      problems({
        tiers: [
          { name: 'community', within: '24h' },
          { name: 'expert', within: '4h' },
        ],
      }),
    ).toEqual(['tiers.1.within: tier "expert": `within` must be longer than the previous tier\'s']);
    expect(problems({ tiers: [{ name: 'Expert Tier', within: 'soon' }] })).toEqual([
      'tiers.0.name: lower-case letters, digits and -, like "expert"',
      'tiers.0.within: must be a duration such as "30s", "10m", "24h", "7d" or "2w"',
    ]);
    expect(problems({ knowledgeBase: { reviewersRequired: 0 } })).toEqual([
      'knowledgeBase.reviewersRequired: Too small: expected number to be >=1',
    ]);
  });
});
