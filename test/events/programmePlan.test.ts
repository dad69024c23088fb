import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { planCommand, type PlanReport } from '../../src/cli/planCommand.js';
import { EventsConfig } from '../../src/modules/events/EventsConfig.js';
import { planProgramme, type ProgrammeChange } from '../../src/modules/events/programme/planProgramme.js';
import type { CommunityEvent } from '../../src/modules/events/store/CommunityEvents.js';
import { captureIO } from '../fixtures/config/captureIO.js';
import { dropSchema, testDialect, testPostgresUrl } from '../testStore.js';

const NOW = Date.UTC(2026, 2, 2, 12); // Monday
const series = (id: string, rrule: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  type: 'workshop',
  duration: '1h',
  channel: 'Lounge',
  rrule,
  start,
  ...extra,
});
const settings = (events: Record<string, unknown>) => EventsConfig.parse({ timezone: 'UTC', horizon: '7d', ...events });
const plan = (events: Record<string, unknown>, rows: CommunityEvent[] = [], now = NOW): ProgrammeChange[] =>
  planProgramme({ settings: settings(events), now, rows, channelId: (name) => (name === 'Lounge' ? 'c1' : null) });
const summary = (changes: ProgrammeChange[]) =>
  changes.map((c) =>
    c.kind === 'create'
      ? `+${c.occurrence.id}`
      : c.kind === 'change'
        ? `~${c.row.id}:${c.fields.join(',')}`
        : `-${c.row.id}:${c.reason}`,
  );

/** The rows a sync would have stored for a plan's creations. */
function stored(changes: ProgrammeChange[]): CommunityEvent[] {
  return changes.flatMap((c) =>
    c.kind !== 'create'
      ? []
      : [
          {
            id: c.occurrence.id,
            guild_id: 'g',
            source: c.occurrence.source,
            series_id: c.occurrence.seriesId,
            local_date: c.occurrence.localDate,
            title: c.occurrence.title,
            description: c.occurrence.description,
            type: c.occurrence.type,
            start_at: c.occurrence.startAt,
            end_at: c.occurrence.endAt,
            channel_id: c.channelId,
            location: c.occurrence.location,
            capacity: c.occurrence.capacity,
            host_id: c.occurrence.hostId,
            status: 'scheduled',
            platform_event_id: null,
            announce_channel_id: null,
            announce_message_id: null,
            sequence: 0,
            created_by: null,
            created_at: NOW,
            updated_at: NOW,
            closed_at: null,
          },
        ],
  );
}

describe('planProgramme', () => {
  const monday = series('standup', 'FREQ=WEEKLY;BYDAY=MO', '2026-03-02T18:00');
  const friday = series('demo', 'FREQ=WEEKLY;BYDAY=FR', '2026-03-06T18:00');

  it('creates the occurrences within the horizon, then nothing once stored', () => {
    const first = plan({ programme: [monday, friday], horizon: '10d' });
    expect(summary(first)).toEqual(['+standup:2026-03-02', '+demo:2026-03-06', '+standup:2026-03-09']);
    expect(plan({ programme: [monday, friday], horizon: '10d' }, stored(first))).toEqual([]);
  });

  it('changes stored occurrences not started, with the fields that differ', () => {
    const rows = stored(plan({ programme: [monday] }));
    const changed = plan(
      {
        programme: [{ ...monday, title: 'Standup!', exceptions: [{ date: '2026-03-02', moveTo: '2026-03-02T19:00' }] }],
      },
      rows,
    );
    expect(summary(changed)).toEqual(['~standup:2026-03-02:title,start_at,end_at']);
    const [change] = changed;
    expect(change?.kind === 'change' && change.patch).toEqual({
      title: 'Standup!',
      start_at: Date.UTC(2026, 2, 2, 19),
      end_at: Date.UTC(2026, 2, 2, 20),
    });
  });

  it('cancels by exception or removal, only what has not started, and never touches other sources', () => {
    const rows = stored(plan({ programme: [monday, friday] }));
    const command = { ...rows[0], id: 'cmd:1', source: 'command', series_id: null } as CommunityEvent;
    const all = [...rows, command];
    expect(
      summary(plan({ programme: [{ ...monday, exceptions: [{ date: '2026-03-02', cancel: true }] }] }, all)),
    ).toEqual(['-standup:2026-03-02:exception', '-demo:2026-03-06:removed']);
    // After the standup started, only the future demo is cancelled.
    expect(summary(plan({ programme: [] }, all, Date.UTC(2026, 2, 2, 18, 30)))).toEqual(['-demo:2026-03-06:removed']);
  });

  it('caps new occurrences at maxScheduled together with open /event create events', () => {
    const daily = series('daily', 'FREQ=DAILY', '2026-03-02T18:00');
    const command = stored(plan({ programme: [daily] })).map((r) => ({
      ...r,
      id: `cmd:${r.id}`,
      source: 'command' as const,
    }))[0];
    expect(command).toBeDefined();
    const changes = plan({ programme: [daily], maxScheduled: 3 }, command === undefined ? [] : [command]);
    expect(summary(changes)).toEqual(['+daily:2026-03-02', '+daily:2026-03-03']);
  });

  it('creates one-offs with id <id> when they enter the horizon', () => {
    const oneOff = {
      id: 'launch',
      title: 'Launch',
      type: 'webinar',
      duration: '1h',
      location: 'https://x.org',
      start: '2026-03-20T17:00',
    };
    expect(plan({ oneOff: [oneOff] })).toEqual([]);
    expect(summary(plan({ oneOff: [oneOff] }, [], Date.UTC(2026, 2, 15)))).toEqual(['+launch']);
  });
});

describe(`guildhall plan: the Programme section (${testDialect})`, () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  let schema: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guildhall-events-plan-'));
    schema = `ev_${randomBytes(5).toString('hex')}`;
    env = {
      LOG_LEVEL: 'silent',
      ...(testDialect === 'postgres'
        ? { DATABASE_URL: testPostgresUrl, DATABASE_SCHEMA: schema }
        : { DATABASE_URL: join(dir, 'guildhall.sqlite') }),
    };
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (testDialect === 'postgres') await dropSchema(schema);
  });

  it('lists the occurrences the next sync would create', async () => {
    const config = join(dir, 'community.yaml');
    // Runs on the real clock: a weekly series over a 7-day horizon has exactly one occurrence.
    const events = {
      timezone: 'Europe/Berlin',
      horizon: '7d',
      programme: [series('standup', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05T18:00', { title: 'Monday standup' })],
    };
    writeFileSync(config, stringify({ version: 1, community: { name: 'Plan Club' }, events }));
    const io = captureIO();
    await planCommand({ config }, io, env);
    const out = io.stdout.join('\n');
    expect(out).toMatch(
      /Programme:\n {2}\+ standup:\d{4}-\d{2}-\d{2} “Monday standup” Mon \d{1,2} \w{3} \d{4} 18:00\n {6}end: Mon \d{1,2} \w{3} \d{4} 19:00\n {6}place: #Lounge/,
    );
    expect(out).toContain('Programme: 1 to create, 0 to change, 0 to cancel');
    const json = captureIO();
    await planCommand({ config, json: true }, json, env);
    const report = JSON.parse(json.stdout.join('')) as PlanReport;
    expect(report.programme?.map((e) => e.action)).toEqual(['create']);
  });
});
