import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../../scripts/crash/inputRecords.js';
import {
  interactionsAhead,
  overtakenEvents,
  timeInversions,
  type LoadedState,
  type LoggedEvent,
} from '../../scripts/crash/loadedState.js';
import { verifyEffects } from '../../scripts/crash/verifyEffects.js';
import { verifyInputs } from '../../scripts/crash/verifyInputs.js';
import { verifyJobs } from '../../scripts/crash/verifyJobs.js';
import { compareRecognition } from '../../scripts/crash/verifyRecognition.js';

// The crash harness's checks on a hand-made database state: each kind of damage is found.
const BOT = 'bot';
const WELCOME = 'c-welcome';
const MOD_LOG = 'c-modlog';

function state(patch: Partial<LoadedState>): LoadedState {
  return {
    botUserId: BOT,
    events: [],
    messages: [],
    directMessages: [],
    reactions: [],
    interactions: [],
    users: [],
    members: [],
    memberRoles: [],
    bans: [],
    welcomes: [],
    cases: [],
    outbox: [],
    jobs: [],
    handlerFailures: [],
    firstHandled: new Map(),
    handledBy: new Map(),
    ...patch,
  };
}

function event(seq: number, id: string, type: string, payload: Record<string, unknown>): LoggedEvent {
  return { seq, id, type, source: 'sandbox', occurredAt: seq, handledAt: seq, payload };
}

function post(seq: number, outcome: InputRecord['outcome'], token: string, messageId?: string): InputRecord {
  return {
    seq,
    client: 1,
    kind: 'post',
    method: 'POST',
    path: '/channels/c/messages',
    body: null,
    status: outcome === 'accepted' ? 201 : outcome === 'refused' ? 403 : null,
    outcome,
    error: null,
    startedAt: 0,
    endedAt: 0,
    retryOf: null,
    subject: { userId: 'u1', channelId: 'c', token },
    response: messageId === undefined ? {} : { messageId, deleted: false },
  };
}

describe('crash harness checks', () => {
  it('finds a welcome posted twice and a newcomer role never granted', () => {
    const join = event(1, 'sandbox:member.joined:u1:m1', 'member.joined', { userId: 'u1', bot: false });
    const welcome = { channelId: WELCOME, authorId: BOT, content: 'Welcome <@u1>!', embeds: '[]', components: '[]' };
    const findings = verifyEffects(
      state({
        events: [join],
        messages: [
          { id: 'w1', ...welcome },
          { id: 'w2', ...welcome },
        ],
        members: [{ userId: 'u1', membershipId: 'm1' }],
        welcomes: [{ joinEventId: join.id, userId: 'u1', roleId: 'r-new', messageId: 'w1' }],
      }),
      { welcome: WELCOME, modLog: MOD_LOG },
    );
    expect(findings.map((f) => `${f.kind} ${f.check}`).sort()).toEqual([
      'duplicated welcome message',
      'lost newcomer role',
    ]);
  });

  it('finds an accepted post missing from the log and a refused one that was recorded', () => {
    const records = [post(1, 'accepted', '1-1-1', 'm1'), post(2, 'refused', '1-1-2'), post(3, 'unknown', '1-1-3')];
    const logged = event(5, 'sandbox:message.created:m2', 'message.created', { content: 'hi [1-1-2]' });
    const findings = verifyInputs(records, state({ events: [logged] }));
    expect(findings.map((f) => `${f.kind} ${f.check}`)).toEqual([
      'lost post event',
      'lost post row',
      'phantom post event',
    ]);
  });

  it('counts a timed case late only beyond the bound plus the downtime in between', () => {
    const base = { userId: 'u1', action: 'ban', status: 'expired', createdAt: 0, applyError: null };
    const cases = [
      { id: 1, ...base, expiresAt: 1_000, closedAt: 50_000 },
      { id: 2, ...base, expiresAt: 1_000, closedAt: 20_000 },
    ];
    const { timing, findings } = verifyJobs(state({ cases }), [{ killedAt: 2_000, upAt: 12_000 }], 30_000, 60_000);
    expect(timing.beyondBound).toBe(1);
    expect(timing.worstLatenessMs).toBe(39_000);
    expect(findings[0]?.detail).toContain('case #1');
  });

  it('finds counters that differ from the recompute', () => {
    const { findings } = compareRecognition({ t: ['a', 'b'] }, { t: ['a', 'c'] });
    expect(findings.map((f) => f.detail)).toEqual(['live only: b', 'recompute only: c']);
  });

  it('finds an event logged after one stamped later (time order and log order differ)', () => {
    const at = (e: LoggedEvent, occurredAt: number): LoggedEvent => ({ ...e, occurredAt });
    const events = [
      at(event(1, 'a', 'message.created', {}), 100),
      at(event(2, 'b', 'message.created', {}), 110),
      at(event(3, 'c', 'message.created', {}), 105),
      at(event(4, 'd', 'message.created', {}), 110),
    ];
    expect(timeInversions(state({ events }))).toEqual(['c (seq 3, at 105) after b (seq 2, at 110)']);
  });

  it('tells an event handled out of log order from an interaction answered ahead of the queue', () => {
    const events = [
      event(1, 'm1', 'message.created', {}),
      event(2, 'i1', 'interaction.command', {}),
      event(3, 'm2', 'message.created', {}),
      event(4, 'm3', 'message.created', {}),
    ];
    // Module a handled m3 before m2; module b handled m1..m3 (a batch) after module a did:
    // only a's inversion is a break of log order (modules run batches one after another).
    const handledBy = new Map([
      [
        'a',
        new Map([
          ['m1', 20],
          ['m2', 40],
          ['m3', 30],
        ]),
      ],
      [
        'b',
        new Map([
          ['m1', 50],
          ['m2', 50],
          ['m3', 50],
        ]),
      ],
    ]);
    const firstHandled = new Map([
      ['i1', 10],
      ['m1', 20],
      ['m2', 40],
      ['m3', 30],
    ]);
    expect(overtakenEvents(state({ events, firstHandled, handledBy }))).toEqual(['m3 (seq 4, a) before m2 (seq 3, a)']);
    expect(interactionsAhead(state({ events, firstHandled }))).toBe(1);
  });
});
