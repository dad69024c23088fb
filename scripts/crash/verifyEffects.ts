import type { Finding } from './findings.js';
import { field, groupBy, type LoadedState, type StoredCase, type StoredMessage } from './loadedState.js';

/** The channels whose bot messages are checked. */
export interface EffectChannels {
  welcome: string;
  modLog: string;
}

const NOTIFIED = new Set(['warn', 'timeout', 'kick', 'ban']);

/**
 * The effects members see happened once each: a welcome and the newcomer role per join, one
 * mod-log embed per case, one "has ended" note per expired case, one DM notice per case, no
 * two identical bot posts in the mod-log or DMs, and no ban left in place after its case ended.
 * @param state - the database
 * @param channels - #welcome and #mod-log
 */
export function verifyEffects(state: LoadedState, channels: EffectChannels): Finding[] {
  const bot = (m: StoredMessage): boolean => m.authorId === state.botUserId;
  const welcomePosts = state.messages.filter((m) => m.channelId === channels.welcome && bot(m));
  const modLog = state.messages.filter((m) => m.channelId === channels.modLog && bot(m));
  return [
    ...checkWelcomes(state, welcomePosts),
    ...checkCases(state, modLog),
    ...checkIdentical('mod-log post', modLog),
    ...checkIdentical('direct message', state.directMessages),
    ...checkNotices(state),
    ...checkBans(state),
  ];
}

function checkWelcomes(state: LoadedState, posts: StoredMessage[]): Finding[] {
  const findings: Finding[] = [];
  const joins = state.events.filter((e) => e.type === 'member.joined' && e.payload.bot !== true);
  const welcomed = new Map(state.welcomes.map((w) => [w.joinEventId, w]));
  for (const join of joins) {
    if (!welcomed.has(join.id)) findings.push({ kind: 'lost', check: 'welcome record', detail: join.id });
  }
  for (const [userId, userJoins] of groupBy(joins, (e) => field(e, 'userId'))) {
    const count = posts.filter((m) => m.content.includes(`<@${userId}>`)).length;
    if (count === userJoins.length) continue;
    findings.push({
      kind: count > userJoins.length ? 'duplicated' : 'lost',
      check: 'welcome message',
      detail: `user ${userId}: ${userJoins.length} joins (${userJoins.map((e) => e.id).join(', ')}), ${count} welcomes`,
    });
  }
  const roles = new Set(state.memberRoles.map((r) => `${r.userId}|${r.roleId}`));
  for (const m of state.members) {
    const welcome = welcomed.get(`sandbox:member.joined:${m.userId}:${m.membershipId}`);
    if (welcome?.roleId == null) continue;
    if (!roles.has(`${m.userId}|${welcome.roleId}`)) {
      findings.push({
        kind: 'lost',
        check: 'newcomer role',
        detail: `member ${m.userId} (${welcome.joinEventId}) lacks role ${welcome.roleId}`,
      });
    }
  }
  return findings;
}

function checkCases(state: LoadedState, modLog: StoredMessage[]): Finding[] {
  const findings: Finding[] = [];
  const embedTitles = modLog.map((m) => firstEmbedTitle(m.embeds));
  for (const c of state.cases) {
    const embeds = embedTitles.filter((t) => t.startsWith(`Case #${c.id} ·`)).length;
    if (embeds !== 1) {
      findings.push({
        kind: embeds > 1 ? 'duplicated' : 'lost',
        check: 'case embed',
        detail: `case #${c.id} (${c.action}): ${embeds} embeds`,
      });
    }
    const notes = modLog.filter((m) => m.content.startsWith(`⏱️ Case #${c.id}:`)).length;
    const expected = c.status === 'expired' ? 1 : 0;
    if (notes !== expected) {
      findings.push({
        kind: notes > expected ? 'duplicated' : 'lost',
        check: 'case ended note',
        detail: `case #${c.id} (${c.action}, ${c.status}): ${notes} notes`,
      });
    }
  }
  return findings;
}

function checkNotices(state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const dmsOf = groupBy(state.directMessages, (m) => m.userId);
  const memberAt = membership(state);
  for (const c of state.cases) {
    if (c.userId === null || !NOTIFIED.has(c.action) || c.applyError !== null) continue;
    const pattern = new RegExp(`Case #${c.id}(?![0-9])`);
    const notices = (dmsOf.get(c.userId) ?? []).filter((m) => pattern.test(m.content)).length;
    const expected = memberAt(c.userId, c.createdAt) ? 1 : notices;
    if (notices > 1 || notices !== expected) {
      findings.push({
        kind: notices > 1 ? 'duplicated' : 'lost',
        check: 'case DM notice',
        detail: `case #${c.id} (${c.action}) to ${c.userId}: ${notices} DMs`,
      });
    }
  }
  return findings;
}

function checkBans(state: LoadedState): Finding[] {
  const findings: Finding[] = [];
  const activeBans = new Set(
    state.cases.filter((c) => c.action === 'ban' && c.status === 'active').map((c) => c.userId),
  );
  for (const ban of state.bans) {
    if (activeBans.has(ban.userId)) continue;
    const ended = state.cases
      .filter((c) => c.action === 'ban' && c.userId === ban.userId)
      .map((c: StoredCase) => `#${c.id} ${c.status}`);
    findings.push({
      kind: 'lost',
      check: 'unban',
      detail: `user ${ban.userId} still banned; ban cases ${ended.join(', ') || 'none'}`,
    });
  }
  return findings;
}

/** Bot messages with the same channel, content, embeds and components. */
function checkIdentical(check: string, messages: readonly StoredMessage[]): Finding[] {
  const findings: Finding[] = [];
  for (const [, same] of groupBy(messages, (m) => `${m.channelId}|${m.content}|${m.embeds}|${m.components}`)) {
    if (same.length < 2) continue;
    const sample = same[0]?.content.slice(0, 80) ?? '';
    findings.push({
      kind: 'duplicated',
      check,
      detail: `${same.length}× ${same.map((m) => m.id).join(', ')}: "${sample}"`,
    });
  }
  return findings;
}

/** Whether a user was a member at a time, from the join and leave events (seeded members start in). */
function membership(state: LoadedState): (userId: string, at: number) => boolean {
  const moves = groupBy(
    state.events.filter((e) => e.source === 'sandbox' && (e.type === 'member.joined' || e.type === 'member.left')),
    (e) => field(e, 'userId'),
  );
  return (userId, at) => {
    const list = moves.get(userId) ?? [];
    const before = list.filter((e) => e.occurredAt <= at).at(-1);
    if (before !== undefined) return before.type === 'member.joined';
    return list.length === 0 || list[0]?.type === 'member.left';
  };
}

function firstEmbedTitle(embeds: string): string {
  try {
    const parsed: unknown = JSON.parse(embeds);
    if (!Array.isArray(parsed)) return '';
    const first: unknown = parsed[0];
    return typeof first === 'object' && first !== null && 'title' in first && typeof first.title === 'string'
      ? first.title
      : '';
  } catch {
    return '';
  }
}
