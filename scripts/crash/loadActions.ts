import type { InputRecord } from './inputRecords.js';
import type { InputRequest, SandboxApi } from './sandboxApi.js';
import type { SandboxWorld } from './sandboxWorld.js';
import type { SeededRandom } from './seededRandom.js';

/** The inputs a load client chooses from, with their weights. */
export const ACTION_WEIGHTS = {
  join: 10,
  rejoin: 3,
  leave: 1,
  post: 34,
  'thanks-reply': 8,
  'mention-spam': 3,
  phishing: 2,
  react: 22,
  rank: 8,
  warn: 3,
  timeout: 3,
  ban: 2,
} as const;

export type LoadAction = keyof typeof ACTION_WEIGHTS;

/** What an action needs besides its choice. */
export interface ActionDeps {
  api: SandboxApi;
  world: SandboxWorld;
  random: SeededRandom;
  client: number;
  /** A run-unique token: `<seed>-<client>-<n>`. */
  token: () => string;
  phishingDomain: string;
  /** Inputs to send again after a restart (joins and reactions whose outcome is unknown). */
  retries: InputRequest[];
}

const EMOJI = ['🙏', '✅', '👍', '🎉'];
const WORDS = ['synth', 'release', 'build', 'node', 'patch', 'audio', 'docs', 'shader', 'plugin', 'bug', 'idea'];

/**
 * Builds the request of one action from what the world knows; null when it cannot be done
 * now (no member to act as, no post to react to).
 */
export function buildAction(action: LoadAction, d: ActionDeps): InputRequest | null {
  const { world, random, client } = d;
  const actor = world.pickMember(random);
  const channels = [world.channels.general, world.channels.introductions, world.channels.showcase];
  switch (action) {
    case 'join': {
      const username = `m${d.token().replace(/-/g, '_')}`;
      return { client, kind: 'join', method: 'POST', path: '/members', body: { username }, subject: { username } };
    }
    case 'rejoin': {
      const userId = world.pickOutsider(random);
      if (userId === undefined) return null;
      return { client, kind: 'rejoin', method: 'POST', path: '/members', body: { userId }, subject: { userId } };
    }
    case 'leave':
      if (actor === undefined) return null;
      return {
        client,
        kind: 'leave',
        method: 'DELETE',
        path: `/members/${actor}`,
        body: null,
        subject: { userId: actor },
      };
    case 'post':
    case 'mention-spam':
    case 'phishing': {
      if (actor === undefined) return null;
      const token = d.token();
      const channelId = random.pick(channels);
      const content = postContent(action, d, actor, token);
      return {
        client,
        kind: action,
        method: 'POST',
        path: `/channels/${channelId}/messages`,
        body: { userId: actor, content },
        subject: { userId: actor, channelId, token },
      };
    }
    case 'thanks-reply': {
      if (actor === undefined) return null;
      const post = world.pickPost(random, actor);
      if (post === undefined) return null;
      const token = d.token();
      return {
        client,
        kind: 'thanks-reply',
        method: 'POST',
        path: `/channels/${post.channelId}/messages`,
        body: { userId: actor, content: `thanks, that helped! [${token}]`, replyTo: post.messageId },
        subject: { userId: actor, channelId: post.channelId, messageId: post.messageId, token },
      };
    }
    case 'react': {
      if (actor === undefined) return null;
      const post = world.pickPost(random, actor);
      if (post === undefined) return null;
      const emoji = random.pick(EMOJI);
      return {
        client,
        kind: 'react',
        method: 'POST',
        path: `/channels/${post.channelId}/messages/${post.messageId}/reactions`,
        body: { userId: actor, emoji },
        subject: { userId: actor, channelId: post.channelId, messageId: post.messageId, emoji },
      };
    }
    case 'rank':
      if (actor === undefined) return null;
      return command(client, 'rank', actor, world.channels.general, {}, {});
    case 'warn':
    case 'timeout':
    case 'ban': {
      const target = world.pickMember(random);
      if (target === undefined) return null;
      const token = d.token();
      const options: Record<string, string> = { member: target, reason: `crash test [${token}]` };
      if (action === 'timeout') options.duration = `${random.int(4, 9)}s`;
      if (action === 'ban') options.duration = `${random.int(5, 12)}s`;
      return command(client, action, world.moderatorId, world.channels.general, options, { targetId: target, token });
    }
  }
}

function postContent(
  action: 'post' | 'mention-spam' | 'phishing',
  d: ActionDeps,
  actor: string,
  token: string,
): string {
  const { random, world } = d;
  const words = Array.from({ length: random.int(3, 9) }, () => random.pick(WORDS)).join(' ');
  if (action === 'phishing') return `free gift for you https://${d.phishingDomain}/claim [${token}]`;
  if (action === 'post') return `${words} [${token}]`;
  const others = [...world.users.keys()].filter((id) => id !== actor);
  const pinged = Array.from({ length: 6 }, (_, i) => others[(random.int(0, others.length - 1) + i) % others.length]);
  const mentions = [...new Set(pinged)].map((id) => `<@${id ?? ''}>`).join(' ');
  return `${mentions} look at this ${words} [${token}]`;
}

function command(
  client: number,
  kind: 'rank' | 'warn' | 'timeout' | 'ban',
  userId: string,
  channelId: string,
  options: Record<string, string>,
  subject: { targetId?: string; token?: string },
): InputRequest {
  return {
    client,
    kind,
    method: 'POST',
    path: '/commands',
    body: { userId, channelId, name: kind, options },
    subject: { userId, channelId, ...subject },
  };
}

/**
 * Updates what the world knows after an answer, and queues a retry of an input whose outcome
 * is unknown when sending it again must not record it twice (a join by username, a reaction).
 */
export function learn(record: InputRecord, request: InputRequest, d: ActionDeps): void {
  const { world } = d;
  if ((record.outcome === 'unknown' || record.outcome === 'server-error') && record.retryOf === null) {
    if (record.kind === 'join' || record.kind === 'react') d.retries.push({ ...request, retryOf: record.seq });
  }
  const { response, subject } = record;
  // A retried join whose first try had landed: the answer names the user it created.
  const taken = /rejoin with its userId (\d+)/.exec(response.errorText ?? '');
  if (record.kind === 'join' && taken?.[1] !== undefined) {
    world.users.set(taken[1], subject.username ?? '');
    world.members.add(taken[1]);
  }
  if (record.outcome !== 'accepted') return;
  switch (record.kind) {
    case 'join':
    case 'rejoin':
      if (response.userId !== undefined) {
        world.users.set(response.userId, subject.username ?? world.users.get(response.userId) ?? '');
        world.members.add(response.userId);
      }
      break;
    case 'leave':
      if (subject.userId !== undefined) world.members.delete(subject.userId);
      break;
    case 'post':
    case 'thanks-reply':
      if (response.messageId !== undefined && subject.channelId !== undefined && subject.userId !== undefined) {
        if (response.deleted !== true) {
          world.remember({ channelId: subject.channelId, messageId: response.messageId, authorId: subject.userId });
        }
      }
      break;
    case 'ban':
      if (subject.targetId !== undefined) world.members.delete(subject.targetId);
      break;
    case 'mention-spam':
    case 'phishing':
    case 'react':
    case 'rank':
    case 'warn':
    case 'timeout':
    case 'recompute':
      break;
  }
}
