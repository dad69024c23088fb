import type { Finding } from './findings.js';
import { mayHaveLanded, type InputRecord } from './inputRecords.js';
import { field, groupBy, type LoadedState, type LoggedEvent } from './loadedState.js';

const TOKEN = /\[(\d+-\d+-\d+)\]/;
const POSTS = new Set(['post', 'thanks-reply', 'mention-spam', 'phishing']);
const COMMANDS = new Set(['rank', 'warn', 'timeout', 'ban', 'recompute']);

/**
 * Every input the server accepted (2xx) is in the event log exactly once with its sandbox
 * row; one whose outcome is unknown is there at most once; one refused or never sent is not
 * there at all.
 * @param records - the requests of the run
 * @param state - the database
 */
export function verifyInputs(records: readonly InputRecord[], state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const sandboxEvents = state.events.filter((e) => e.source === 'sandbox');
  const ofType = (type: string): LoggedEvent[] => sandboxEvents.filter((e) => e.type === type);
  findings.push(...checkPosts(records, ofType('message.created'), state));
  findings.push(...checkJoins(records, ofType('member.joined'), state));
  findings.push(...checkReactions(records, ofType('reaction.added')));
  findings.push(...checkCommands(records, ofType('interaction.command'), state));
  return findings;
}

function checkPosts(records: readonly InputRecord[], events: LoggedEvent[], state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const byToken = groupBy(events, (e) => TOKEN.exec(field(e, 'content'))?.[1] ?? '');
  const rows = new Set(state.messages.map((m) => m.id));
  for (const r of records) {
    if (!POSTS.has(r.kind) || r.subject.token === undefined) continue;
    const found = byToken.get(r.subject.token) ?? [];
    const what = `${r.kind} #${r.seq} [${r.subject.token}] (${r.outcome})`;
    if (found.length > 1) {
      findings.push({
        kind: 'duplicated',
        check: 'post event',
        detail: `${what}: ${found.map((e) => e.id).join(', ')}`,
      });
    }
    if (r.outcome === 'accepted') {
      const event = found[0];
      if (event === undefined) findings.push({ kind: 'lost', check: 'post event', detail: `${what}: no event` });
      else if (event.id !== `sandbox:message.created:${r.response.messageId ?? ''}`) {
        findings.push({
          kind: 'mismatch',
          check: 'post event',
          detail: `${what}: answered ${r.response.messageId ?? '?'}, logged ${event.id}`,
        });
      }
      const id = r.response.messageId;
      if (r.kind === 'post' && r.response.deleted === false && id !== undefined && !rows.has(id)) {
        findings.push({ kind: 'lost', check: 'post row', detail: `${what}: message ${id} not in sandbox_messages` });
      }
    } else if (!mayHaveLanded(r) && found.length > 0) {
      findings.push({ kind: 'phantom', check: 'post event', detail: `${what}: logged as ${found[0]?.id ?? ''}` });
    }
  }
  return findings;
}

function checkJoins(records: readonly InputRecord[], events: LoggedEvent[], state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const userOf = new Map(state.users.map((u) => [u.username, u.id]));
  const joinsOf = groupBy(events, (e) => field(e, 'userId'));
  const perUser = groupBy(
    records.filter((r) => r.kind === 'join' || r.kind === 'rejoin'),
    (r) =>
      r.response.userId ??
      r.subject.userId ??
      userOf.get(r.subject.username ?? '') ??
      `(never created: ${r.subject.username ?? '?'})`,
  );
  for (const [userId, attempts] of perUser) {
    const logged = joinsOf.get(userId) ?? [];
    const accepted = attempts.filter((r) => r.outcome === 'accepted');
    const landed = attempts.filter(mayHaveLanded).length;
    const who = `user ${userId} (${attempts.length} attempts, ${accepted.length} accepted, ${logged.length} join events)`;
    if (logged.length > landed)
      findings.push({
        kind: logged.length > 0 && landed > 0 ? 'duplicated' : 'phantom',
        check: 'join event',
        detail: who,
      });
    for (const r of accepted) {
      if (!logged.some((e) => e.payload.joinedAt === r.response.joinedAt)) {
        findings.push({
          kind: 'lost',
          check: 'join event',
          detail: `${who}: join #${r.seq} at ${r.response.joinedAt ?? '?'} not logged`,
        });
      }
    }
  }
  return findings;
}

function checkReactions(records: readonly InputRecord[], events: LoggedEvent[]): Finding[] {
  const findings: Finding[] = [];
  const emojiOf = (e: LoggedEvent): string => {
    const emoji = e.payload.emoji;
    return typeof emoji === 'object' && emoji !== null && 'name' in emoji && typeof emoji.name === 'string'
      ? emoji.name
      : '';
  };
  const logged = groupBy(events, (e) => `${field(e, 'messageId')}|${field(e, 'userId')}|${emojiOf(e)}`);
  const attempts = groupBy(
    records.filter((r) => r.kind === 'react'),
    (r) => `${r.subject.messageId ?? ''}|${r.subject.userId ?? ''}|${r.subject.emoji ?? ''}`,
  );
  for (const [key, tries] of attempts) {
    const found = logged.get(key) ?? [];
    const what = `reaction ${key} (${tries.map((r) => `#${r.seq} ${r.outcome}`).join(', ')})`;
    if (found.length > 1)
      findings.push({ kind: 'duplicated', check: 'reaction event', detail: `${what}: ${found.length} events` });
    if (tries.some((r) => r.outcome === 'accepted') && found.length === 0) {
      findings.push({ kind: 'lost', check: 'reaction event', detail: what });
    }
    if (!tries.some(mayHaveLanded) && found.length > 0) {
      findings.push({ kind: 'phantom', check: 'reaction event', detail: what });
    }
  }
  return findings;
}

function checkCommands(records: readonly InputRecord[], events: LoggedEvent[], state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const ids = new Set(events.map((e) => e.id));
  const answered = new Map(state.interactions.map((i) => [i.id, i.repliedAt]));
  const commands = records.filter((r) => COMMANDS.has(r.kind));
  for (const r of commands) {
    if (r.outcome !== 'accepted') continue;
    const id = r.response.interactionId ?? '?';
    if (!ids.has(`sandbox:interaction.command:${id}`)) {
      findings.push({
        kind: 'lost',
        check: 'command event',
        detail: `${r.kind} #${r.seq}: interaction ${id} not logged`,
      });
    }
  }
  for (const e of events) {
    const id = e.id.slice('sandbox:interaction.command:'.length);
    if ((answered.get(id) ?? null) === null) {
      findings.push({
        kind: 'lost',
        check: 'command answer',
        detail: `interaction ${id} (${field(e, 'commandName')}) never answered`,
      });
    }
  }
  const landed = commands.filter(mayHaveLanded).length;
  if (events.length > landed) {
    findings.push({
      kind: 'phantom',
      check: 'command event',
      detail: `${events.length} commands logged, at most ${landed} sent`,
    });
  }
  return findings;
}
