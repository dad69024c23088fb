import { describe, expect, it } from 'vitest';
import { capsFloodTrigger } from '../../src/modules/automod/triggers/capsFloodTrigger.js';
import { duplicateContentTrigger } from '../../src/modules/automod/triggers/duplicateContentTrigger.js';
import { emojiFloodTrigger } from '../../src/modules/automod/triggers/emojiFloodTrigger.js';
import { inviteLinkTrigger } from '../../src/modules/automod/triggers/inviteLinkTrigger.js';
import { joinRateTrigger } from '../../src/modules/automod/triggers/joinRateTrigger.js';
import { linkTrigger } from '../../src/modules/automod/triggers/linkTrigger.js';
import { mentionSpamTrigger } from '../../src/modules/automod/triggers/mentionSpamTrigger.js';
import { messageRateTrigger } from '../../src/modules/automod/triggers/messageRateTrigger.js';
import { newAccountTrigger } from '../../src/modules/automod/triggers/newAccountTrigger.js';
import { phishingLinkTrigger } from '../../src/modules/automod/triggers/phishingLinkTrigger.js';
import { wordFilterTrigger } from '../../src/modules/automod/triggers/wordFilterTrigger.js';
import { SCAM_PHRASES } from '../../src/modules/automod/rules/defaultRules.js';
import { fires, lastDetection, lastJoinDetection, testEnv } from './triggerHarness.js';

describe('message_rate', () => {
  it('fires on the 6th message within 60 s, across channels, with the burst as evidence', async () => {
    const burst = [0, 10, 20, 30, 40, 50].map((at, i) => ({
      content: `msg ${i}`,
      at,
      channel: i % 2 === 0 ? 'a' : 'b',
    }));
    const detection = await lastDetection(messageRateTrigger, {}, burst);
    expect(detection?.reason).toBe('6 messages in 60 s (limit 5)');
    expect(detection?.evidence).toHaveLength(6);
    expect(detection?.offending).toEqual([{ channelId: 'b', messageId: 'm6' }]);
  });

  it('does not fire on 6 messages spread over more than a minute, or on other members’ messages', async () => {
    const slow = [0, 12, 24, 36, 48, 60].map((at, i) => ({ content: `msg ${i}`, at }));
    expect(await lastDetection(messageRateTrigger, {}, slow)).toBeNull();
    const mixed = [0, 1, 2, 3, 4, 5].map((at, i) => ({ content: `msg ${i}`, at, author: i < 5 ? 'ada' : 'bob' }));
    expect(await lastDetection(messageRateTrigger, {}, mixed)).toBeNull();
  });
});

describe('duplicate_content', () => {
  const spam = 'Free crypto signals in my DMs, join now before it closes';
  it('fires on the same message in 3 channels within a minute, every copy offending', async () => {
    const detection = await lastDetection(duplicateContentTrigger, {}, [
      { content: spam, channel: 'a', at: 0 },
      { content: spam.toUpperCase(), channel: 'b', at: 20 },
      { content: `${spam} 8f3k`, channel: 'c', at: 40 },
    ]);
    expect(detection?.reason).toBe('same message in 3 channels within 60 s');
    expect(detection?.offending.map((m) => m.messageId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('does not fire for copies in 2 channels, spread over more than a minute, or different messages', async () => {
    const twoChannels = [
      { content: spam, channel: 'a', at: 0 },
      { content: spam, channel: 'b', at: 1 },
      { content: spam, channel: 'a', at: 2 },
    ];
    expect(await lastDetection(duplicateContentTrigger, {}, twoChannels)).toBeNull();
    const slow = [
      { content: spam, channel: 'a', at: 0 },
      { content: spam, channel: 'b', at: 40 },
      { content: spam, channel: 'c', at: 80 },
    ];
    expect(await lastDetection(duplicateContentTrigger, {}, slow)).toBeNull();
    const different = [
      { content: 'Has anyone tried the new build on Windows?', channel: 'a', at: 0 },
      { content: 'The new build works fine on Linux for me', channel: 'b', at: 5 },
      { content: 'Is the new build out for macOS as well?', channel: 'c', at: 10 },
    ];
    expect(await lastDetection(duplicateContentTrigger, {}, different)).toBeNull();
  });
});

describe('link', () => {
  it('fires on a denied domain and its subdomains, and on unlisted domains in allow-only mode', async () => {
    expect(await fires(linkTrigger, 'see https://cdn.shady.example/x', { deny: ['shady.example'] })).toBe(true);
    expect(await fires(linkTrigger, 'see https://blog.example.org', { allow: ['github.com'], allowOnly: true })).toBe(
      true,
    );
  });

  it('does not fire on allowed domains, look-alike names of denied ones, or text without a scheme', async () => {
    expect(await fires(linkTrigger, 'https://notshady.example', { deny: ['shady.example'] })).toBe(false);
    expect(await fires(linkTrigger, 'https://github.com/guildhall', { allow: ['github.com'], allowOnly: true })).toBe(
      false,
    );
    expect(await fires(linkTrigger, 'I use shady.example daily', { deny: ['shady.example'] })).toBe(false);
  });
});

describe('phishing_link', () => {
  it('fires on a listed domain, its subdomains, and pasted without a scheme', async () => {
    expect(await fires(phishingLinkTrigger, 'free nitro https://discordc.gift/abc')).toBe(true);
    expect(await fires(phishingLinkTrigger, 'https://claim.steamcommunity.pl/gift')).toBe(true);
    expect(await fires(phishingLinkTrigger, 'go to dlscord-nitro.ru quick')).toBe(true);
  });

  it('fires on look-alikes not on the list: homographs, misspellings, lure words', async () => {
    const homograph = 'https://dіscord.com/gifts'; // Cyrillic і
    expect((await lastDetection(phishingLinkTrigger, {}, [{ content: homograph }]))?.reason).toContain('homograph');
    expect(await fires(phishingLinkTrigger, 'https://discorrd-gifts-promo.example/claim')).toBe(true);
    expect(await fires(phishingLinkTrigger, 'https://steamcomunnity-trade.example/offer')).toBe(true);
    expect(await fires(phishingLinkTrigger, 'https://free-nitro-drop.example')).toBe(true);
    expect(await fires(phishingLinkTrigger, 'https://dіscord.com/gifts', { lookalikes: false })).toBe(false);
  });

  it('does not fire on Discord, Steam and everyday links', async () => {
    for (const content of [
      'https://discord.com/channels/1/2',
      'https://cdn.discordapp.com/attachments/1/2/a.png',
      'https://store.steampowered.com/app/620',
      'https://github.com/discordjs/discord.js',
      'https://discord.js.org/docs',
      'see the README.md or index.ts',
      'https://www.youtube.com/watch?v=abc',
    ]) {
      expect([content, await fires(phishingLinkTrigger, content)]).toEqual([content, false]);
    }
  });
});

describe('invite_link', () => {
  it('fires on invites to other servers, also disguised', async () => {
    expect(await fires(inviteLinkTrigger, 'join us discord.gg/abcdef')).toBe(true);
    expect(await fires(inviteLinkTrigger, 'https://discord.com/invite/xyz123')).toBe(true);
    expect(await fires(inviteLinkTrigger, 'discord . gg / spam42')).toBe(true);
    expect(await fires(inviteLinkTrigger, 'disc\u200Bord.gg/hidden1')).toBe(true);
  });

  it("does not fire on this server's invites, allowed codes or plain mentions of Discord", async () => {
    const env = testEnv(['ours123']);
    expect(await lastDetection(inviteLinkTrigger, {}, [{ content: 'invite: discord.gg/ours123' }], env)).toBeNull();
    expect(await fires(inviteLinkTrigger, 'partner: discord.gg/friends', { allowCodes: ['friends'] })).toBe(false);
    expect(await fires(inviteLinkTrigger, 'I love discord, see discord.com/channels/1/2')).toBe(false);
  });
});

describe('mention_spam', () => {
  it('fires on more than 5 distinct mentions, and on @everyone when asked', async () => {
    const six = ['1', '2', '3', '4'].map((id) => `u${id}`);
    const detection = await lastDetection(mentionSpamTrigger, {}, [
      { content: 'hey', mentions: six, roleMentions: ['r1', 'r2'] },
    ]);
    expect(detection?.reason).toBe('6 mentions (limit 5)');
    expect(await fires(mentionSpamTrigger, '@everyone free stuff', { everyone: true })).toBe(true);
  });

  it('does not fire on 5 mentions, repeated mentions of one member, or @everyone by default', async () => {
    expect(
      await lastDetection(mentionSpamTrigger, {}, [{ content: 'hi', mentions: ['a', 'b', 'c', 'd', 'e'] }]),
    ).toBeNull();
    expect(
      await lastDetection(mentionSpamTrigger, {}, [{ content: 'hi', mentions: ['a', 'a', 'a', 'a', 'a', 'a', 'a'] }]),
    ).toBeNull();
    expect(await fires(mentionSpamTrigger, '@everyone good morning')).toBe(false);
  });
});

describe('word_filter', () => {
  const words = { words: ['free nitro', 'scam*'] };
  it('fires through case, leetspeak, zero-width and combining characters, look-alike letters, repeats and spacing', async () => {
    for (const content of [
      'FREE NITRO for everyone',
      'fr33 n1tr0 here',
      'f\u200Bree ni\u200Btro',
      'fr̸e̸e̸ nitro', // combining marks
      'frее nitro', // Cyrillic е
      'freeeeee niiiitro',
      'f r e e n i t r o',
      'f.r.e.e n.i.t.r.o',
      'ｆｒｅｅ ｎｉｔｒｏ', // fullwidth
      'what a $cammer',
    ]) {
      expect([content, await fires(wordFilterTrigger, content, words)]).toEqual([content, true]);
    }
  });

  it('matches whole words only and leaves ordinary sentences alone', async () => {
    for (const content of [
      'the nitrogen cycle is free to learn',
      'freedom of speech',
      'is this a scan?',
      'nitro is free? no it is not',
      'Thanks! I am free now.',
    ]) {
      expect([content, await fires(wordFilterTrigger, content, words)]).toEqual([content, false]);
    }
  });

  it('catches the built-in scam phrases and not their everyday neighbours', async () => {
    const scams = { words: SCAM_PHRASES };
    expect(await fires(wordFilterTrigger, 'Hey, I accidentally reported you, talk to this admin', scams)).toBe(true);
    expect(await fires(wordFilterTrigger, 'FREE D1SCORD N1TRO → link', scams)).toBe(true);
    expect(await fires(wordFilterTrigger, 'I reported the bug on GitHub', scams)).toBe(false);
    expect(await fires(wordFilterTrigger, 'is nitro worth it?', scams)).toBe(false);
  });
});

describe('caps_flood and emoji_flood', () => {
  it('fire on a long shouted message and on a wall of emoji', async () => {
    expect(await fires(capsFloodTrigger, 'WHY DOES NOBODY ANSWER MY QUESTION IN THIS CHANNEL')).toBe(true);
    expect(await fires(emojiFloodTrigger, '🎉'.repeat(13))).toBe(true);
    expect(await fires(emojiFloodTrigger, '<:pog:123456789012345678>'.repeat(13))).toBe(true);
  });

  it('do not fire on short excitement, acronyms in a sentence, or a few emoji and flags', async () => {
    expect(await fires(capsFloodTrigger, 'OMG YES!!')).toBe(false);
    expect(await fires(capsFloodTrigger, 'The API returns JSON over HTTPS, see the FAQ and the SDK docs')).toBe(false);
    expect(await fires(emojiFloodTrigger, 'nice 🎉🎉🎉 👩‍💻 🇯🇵🇫🇷')).toBe(false);
    expect(await fires(emojiFloodTrigger, '👨‍👩‍👧‍👦'.repeat(12))).toBe(false);
  });
});

describe('join_rate and new_account', () => {
  it('join_rate fires at 10 joins within 10 s with every joiner as a participant', () => {
    const joins = Array.from({ length: 10 }, (_, i) => ({ at: i }));
    const detection = lastJoinDetection(joinRateTrigger, {}, joins);
    expect(detection?.participants).toHaveLength(10);
    expect(detection?.scope).toBe('guild');
  });

  it('join_rate does not fire for 10 joins over more than 10 s', () => {
    expect(
      lastJoinDetection(
        joinRateTrigger,
        {},
        Array.from({ length: 10 }, (_, i) => ({ at: i * 2 })),
      ),
    ).toBeNull();
  });

  it('new_account fires for an account younger than the minimum and not for an older one', () => {
    expect(lastJoinDetection(newAccountTrigger, { minAccountAge: '7d' }, [{ at: 0, accountAgeDays: 2 }])?.reason).toBe(
      'account 48 h old (minimum 7 days)',
    );
    expect(lastJoinDetection(newAccountTrigger, { minAccountAge: '7d' }, [{ at: 0, accountAgeDays: 8 }])).toBeNull();
  });
});
