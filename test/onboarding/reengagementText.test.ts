import { describe, expect, it } from 'vitest';
import type { MissedHighlights } from '../../src/modules/onboarding/reengagement/missedHighlights.js';
import { fillOpening, renderMissed } from '../../src/modules/onboarding/reengagement/renderMissed.js';

const DAY = 86_400_000;

const highlights: MissedHighlights = {
  since: 0,
  until: 30 * DAY,
  newMembers: 12,
  busyChannels: [
    { channelId: '11', messages: 340 },
    { channelId: '12', messages: 1 },
  ],
  happenings: [
    { type: 'events.session_held', count: 3 },
    { type: 'qa.question_answered', count: 1 },
    { type: 'events.event_scheduled', count: 2 },
  ],
  digestChannelId: '13',
};

describe('the "what you missed" text', () => {
  it("lists new members, busy channels, other modules' happenings by namespace and the digest", () => {
    expect(renderMissed('Hi!', highlights)).toBe(
      [
        'Hi!',
        'In the last 30 days:',
        '• 12 new members joined',
        '• Busiest channels: <#11> (340 messages), <#12> (1 message)',
        '• Events: session held ×3, event scheduled ×2',
        '• Q&A: question answered',
        '• The weekly digest is in <#13>',
      ].join('\n'),
    );
  });

  it("stays within Discord's 2000 characters, dropping whole highlight lines first", () => {
    const text = renderMissed('x'.repeat(1950), highlights);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toBe(`${'x'.repeat(1950)}\nIn the last 30 days:\n• 12 new members joined`);
    expect(renderMissed('y'.repeat(2500), highlights)).toHaveLength(2000);
  });

  it("fills the member's name, never a mention, and the community", () => {
    expect(fillOpening('We miss you at {community}, {member}!', 'Ada', 'Guildhall')).toBe(
      'We miss you at Guildhall, Ada!',
    );
  });
});
