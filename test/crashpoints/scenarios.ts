import type { CrashCommunity } from './crashCommunity.js';

/** A recorded scenario: the inputs members and moderators send, in order. */
export interface Scenario {
  name: string;
  /** The modules whose handlers it drives. */
  modules: readonly string[];
  run(c: CrashCommunity): Promise<void>;
}

const MINUTE = 60_000;

/** One scenario per module (some drive several), each small enough to crash at every point. */
export const scenarios: readonly Scenario[] = [
  {
    name: 'a member joins and is welcomed',
    modules: ['onboarding', 'automod', 'recognition'],
    async run(c) {
      await c.send(() => c.sandbox.addMember({ username: 'zara', displayName: 'Zara' }));
    },
  },
  {
    name: 'members post, thank and react; a member asks for their rank',
    modules: ['recognition', 'automod'],
    async run(c) {
      const sam = await c.user('sam');
      const kenji = await c.user('kenji');
      const general = c.channel('general');
      const post = await c.send(() =>
        c.sandbox.postMessage({ userId: sam, channelId: general, content: 'Here is how I set up my synth rack today' }),
      );
      await c.send(() => c.sandbox.react({ userId: kenji, channelId: general, messageId: post.id, emoji: '🙏' }));
      await c.send(() =>
        c.sandbox.postMessage({
          userId: kenji,
          channelId: general,
          content: `thanks <@${sam}>, that helped a lot`,
          replyTo: post.id,
        }),
      );
      await c.send(() => c.sandbox.invokeCommand({ userId: sam, channelId: general, name: 'rank' }));
    },
  },
  {
    name: 'automod removes a phishing link; the case is opened, noted and told',
    modules: ['automod', 'moderation'],
    async run(c) {
      const priya = await c.user('priya');
      await c.send(() =>
        c.sandbox.postMessage({
          userId: priya,
          channelId: c.channel('general'),
          content: 'free nitro here https://101nitro.com/claim',
        }),
      );
    },
  },
  {
    name: 'a moderator times a member out; the timeout ends on time',
    modules: ['moderation'],
    async run(c) {
      const noor = await c.user('noor');
      const kenji = await c.user('kenji');
      await c.send(() =>
        c.sandbox.invokeCommand({
          userId: noor,
          channelId: c.channel('general'),
          name: 'timeout',
          options: { member: kenji, duration: '10m', reason: 'cool down' },
        }),
      );
      await c.runJobsAfter(11 * MINUTE);
    },
  },
  {
    name: 'a member exports their data',
    modules: ['privacy'],
    async run(c) {
      const lena = await c.user('lena');
      await c.send(() =>
        c.sandbox.invokeCommand({
          userId: lena,
          channelId: c.channel('general'),
          name: 'privacy',
          subcommand: 'export',
        }),
      );
    },
  },
];
