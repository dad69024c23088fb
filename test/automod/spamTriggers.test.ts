import { describe, expect, it } from 'vitest';
import { selfPromotionTrigger } from '../../src/modules/automod/triggers/selfPromotionTrigger.js';
import { spamClassifierTrigger } from '../../src/modules/automod/triggers/spamClassifierTrigger.js';
import { shippedSpamEnv } from '../../src/modules/automod/spam/spamEnv.js';
import { lastDetection, testEnv } from './triggerHarness.js';

const CHAT = [
  'anyone tried the new release yet? upgrading was painless for me',
  'can someone review my PR when they have a minute',
  'thanks, that fixed it! the docs say to use node 20',
  'I pushed a fix, see https://github.com/example/repo/pull/42',
  'lol this is the song I meant https://youtu.be/dQw4w9WgXcQ',
  'Made a small audio visualiser this weekend, the code is on my github',
];

describe('self_promotion', () => {
  it('fires on channel plugs, follow-for-follow, shortened links and promoted video links', async () => {
    const reasons = [];
    for (const content of [
      'Check out my channel, I post Minecraft builds every day!',
      'sub4sub anyone?? I always subscribe back',
      'F.O.L.L.O.W me on insta for daily memes',
      'free stuff here bit.ly/3xYzAbC',
      'new video is up, go watch https://www.youtube.com/watch?v=abc123',
    ]) {
      reasons.push((await lastDetection(selfPromotionTrigger, {}, [{ content }]))?.reason);
    }
    expect(reasons).toEqual([
      'promotional phrase "check out my channel"',
      'promotional phrase "sub4sub"',
      'promotional phrase "follow me on"',
      'link through the shortener bit.ly',
      'link to the video site www.youtube.com with "video"',
    ]);
  });

  it('leaves everyday chat alone, links shared in conversation included', async () => {
    for (const content of CHAT) expect(await lastDetection(selfPromotionTrigger, {}, [{ content }])).toBeNull();
  });

  it('never fires on a message moderators cleared on appeal', async () => {
    const content = 'Check out my channel, I post Minecraft builds every day!';
    const env = { ...testEnv(), spam: shippedSpamEnv([{ content, label: 'ham' }]) };
    expect(await lastDetection(selfPromotionTrigger, {}, [{ content }], env)).toBeNull();
  });
});

describe('spam_classifier', () => {
  it('fires on prize, money and reply-to-claim scams', async () => {
    for (const content of [
      'Congratulations! You have won a £1000 cash prize. Call 09061701461 now to claim your reward',
      'Earn $500 per day working from home, no experience needed. Text me on whatsapp +1 555 0100 200',
      'URGENT! Your account has won a free iPhone, reply WIN to 80082 to claim now',
    ]) {
      expect((await lastDetection(spamClassifierTrigger, {}, [{ content }]))?.reason).toMatch(
        /^spam classifier: \d+\.\d % likely spam$/,
      );
    }
  });

  it('leaves everyday chat alone and ignores messages of fewer than minWords words', async () => {
    for (const content of CHAT) expect(await lastDetection(spamClassifierTrigger, {}, [{ content }])).toBeNull();
    expect(await lastDetection(spamClassifierTrigger, {}, [{ content: 'WIN CASH NOW' }])).toBeNull();
  });

  it('learns from a confirmed message: a variant of it is spam, an unrelated question is not', async () => {
    const confirmed = 'sub4sub! selling rare accounts at pixelmarketz, cheapest prices, ping pixelmarketz';
    const variant = 'rare accounts at pixelmarketz for the cheapest prices, ping pixelmarketz';
    const question = 'anyone selling a used keyboard? looking for cheap prices';
    expect(await lastDetection(spamClassifierTrigger, {}, [{ content: variant }])).toBeNull();
    const env = { ...testEnv(), spam: shippedSpamEnv([{ content: confirmed, label: 'spam' }]) };
    expect(await lastDetection(spamClassifierTrigger, {}, [{ content: variant }], env)).not.toBeNull();
    expect(await lastDetection(spamClassifierTrigger, {}, [{ content: question }], env)).toBeNull();
    expect((await lastDetection(spamClassifierTrigger, {}, [{ content: confirmed }], env))?.reason).toBe(
      'the same as a message moderators confirmed as spam',
    );
  });
});
