/**
 * Synthetic but realistic guild traffic for bench/memory, generated lazily (the bench must not
 * hold its own input in memory): 100,000 member joins, then a day of activity — messages from
 * a few thousand active members (a heavy-tailed few post most), reactions and some leaves.
 */
import { domainEvent, type DomainEvent } from '../src/core/DomainEvent.js';
import type { ListedMember } from '../src/platform/Platform.js';

const DISCORD_EPOCH = 1_420_070_400_000n;
const DAY_MS = 86_400_000;

/** A deterministic PRNG (mulberry32), so every run sends the same traffic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A Discord snowflake for a time (epoch ms) and a worker/sequence number. */
export function snowflake(at: number, n: number): string {
  return ((BigInt(at) - DISCORD_EPOCH) * 4_194_304n + BigInt(n % 4_194_304)).toString();
}

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'zen',
  'tal',
  'vi',
  'dor',
  'lu',
  'ash',
  'bel',
  'nox',
  'pix',
  'ra',
  'sy',
  'qu',
  'el',
];
const WORDS = (
  'the a to and is it you that for this on with have just what how can i do my so but not was are ' +
  'anyone know why does build error deploy works thanks help question today release version new ' +
  'issue fixed code test docs server bot channel role event meeting tomorrow great idea please'
).split(' ');

/** A guild member of the bench: a snowflake id, a name, roles. */
export interface BenchMember {
  userId: string;
  username: string;
  displayName: string;
  accountCreatedAt: number;
  roles: string[];
}

/**
 * The i-th member, the same on every call: account created 0–8 years before `now`.
 * @param i - index
 * @param now - epoch ms
 * @param roleIds - roles to pick from (most members have none or one)
 */
export function benchMember(i: number, now: number, roleIds: readonly string[]): BenchMember {
  const random = prng(i * 7919 + 1);
  const created = now - Math.floor(random() * 8 * 365 * DAY_MS);
  const parts = 2 + Math.floor(random() * 2);
  let name = '';
  for (let p = 0; p < parts; p += 1) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? '';
  const username = `${name}${i}`;
  const roles: string[] = [];
  const r = random();
  if (r < 0.4 && roleIds.length > 0) roles.push(roleIds[Math.floor(random() * roleIds.length)] ?? '');
  if (r < 0.05 && roleIds.length > 1) roles.push(roleIds[(roles.length + 1) % roleIds.length] ?? '');
  return {
    userId: snowflake(created, i),
    username,
    displayName: random() < 0.3 ? `${name[0]?.toUpperCase() ?? ''}${name.slice(1)} ✦` : username,
    accountCreatedAt: created,
    roles: [...new Set(roles)],
  };
}

function text(random: () => number): string {
  const n = 3 + Math.floor(random() * random() * 40);
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(WORDS[Math.floor(random() * WORDS.length)] ?? 'x');
  return out.join(' ');
}

/** Where the traffic goes. */
export interface TrafficShape {
  guildId: string;
  /** Text channels messages are spread over. */
  channelIds: readonly string[];
  roleIds: readonly string[];
  members: number;
  messages: number;
  /** Members who post during the day. */
  activeMembers: number;
  reactions: number;
  leaves: number;
  /** Epoch ms of the first join; the day starts when joins end. */
  start: number;
}

/**
 * `member.joined` for every member, 1 s apart.
 * @param shape - the traffic
 */
export function* joins(shape: TrafficShape): Generator<DomainEvent> {
  for (let i = 0; i < shape.members; i += 1) {
    const at = shape.start + i * 1000;
    const m = benchMember(i, at, shape.roleIds);
    yield domainEvent('member.joined', {
      id: `bench:member.joined:${i}`,
      guildId: shape.guildId,
      occurredAt: at,
      source: 'bench',
      payload: { ...m, bot: false, joinedAt: at },
    });
  }
}

/**
 * Every member as the platform's member list gives them at start (the same members, join times
 * and roles as {@link joins}): how an existing community comes into Guildhall.
 * @param shape - the traffic
 */
export function listedMembers(shape: TrafficShape): ListedMember[] {
  const out: ListedMember[] = [];
  for (let i = 0; i < shape.members; i += 1) {
    const at = shape.start + i * 1000;
    out.push({ ...benchMember(i, at, shape.roleIds), bot: false, joinedAt: at, timeoutUntil: null });
  }
  return out;
}

/** Epoch ms at which the day of activity starts. */
export function dayStart(shape: TrafficShape): number {
  return shape.start + shape.members * 1000 + 60_000;
}

/**
 * A day of activity: messages (heavy-tailed authors among the active members, some replies
 * and mentions), reactions on recent messages, and leaves, interleaved in time order.
 * @param shape - the traffic
 */
export function* dayOfActivity(shape: TrafficShape): Generator<DomainEvent> {
  const random = prng(42);
  const total = shape.messages + shape.reactions + shape.leaves;
  const begin = dayStart(shape);
  const step = DAY_MS / Math.max(1, total);
  const recent: { id: string; channelId: string; authorId: string }[] = [];
  const userId = (i: number): string => benchMember(i, begin, shape.roleIds).userId;
  // Heavy tail: index = active * u^3 puts most messages on the first few hundred members.
  const author = (): number => Math.floor(shape.activeMembers * random() ** 3);
  let messages = 0;
  let reactions = 0;
  let leaves = 0;
  for (let n = 0; n < total; n += 1) {
    const at = Math.floor(begin + n * step);
    const pick = random() * (total - n);
    if (pick < shape.leaves - leaves) {
      // Leavers come from the silent majority, never an active poster.
      const i = shape.activeMembers + leaves * 97;
      leaves += 1;
      yield domainEvent('member.left', {
        id: `bench:member.left:${leaves}`,
        guildId: shape.guildId,
        occurredAt: at,
        source: 'bench',
        payload: { userId: userId(i % shape.members), username: `leaver${i}` },
      });
    } else if (pick < shape.leaves - leaves + shape.reactions - reactions && recent.length > 0) {
      reactions += 1;
      const target = recent[Math.floor(random() * recent.length)];
      if (target === undefined) continue;
      yield domainEvent('reaction.added', {
        id: `bench:reaction.added:${reactions}`,
        guildId: shape.guildId,
        occurredAt: at,
        source: 'bench',
        payload: {
          messageId: target.id,
          channelId: target.channelId,
          userId: userId(author()),
          emoji: { id: null, name: ['👍', '🎉', '❤️', '😂'][reactions % 4] ?? '👍' },
          messageAuthorId: target.authorId,
        },
      });
    } else {
      messages += 1;
      const channelId = shape.channelIds[Math.floor(random() * random() * shape.channelIds.length)] ?? '';
      const authorId = userId(author());
      const messageId = snowflake(at, messages);
      const reply = random() < 0.15 ? recent[Math.floor(random() * recent.length)] : undefined;
      const mention = random() < 0.05 ? [userId(author())] : [];
      yield domainEvent('message.created', {
        id: `bench:message.created:${messages}`,
        guildId: shape.guildId,
        occurredAt: at,
        source: 'bench',
        payload: {
          messageId,
          channelId,
          authorId,
          authorBot: false,
          content: text(random),
          mentionedUserIds: mention,
          mentionedRoleIds: [],
          referencedMessageId: reply?.id ?? null,
          attachmentCount: random() < 0.03 ? 1 : 0,
        },
      });
      recent.push({ id: messageId, channelId, authorId });
      if (recent.length > 200) recent.shift();
    }
  }
}
