/**
 * bench/automod: how fast automod decides, and how well its content triggers tell spam
 * from ham at default settings.
 *
 * 1. Decisions: every message through automod's `judgeMessage` with all built-in rules on
 *    (the sandbox platform on in-memory SQLite answers the member look-ups and deletions of
 *    the messages that fire). Decisions per second and per-decision latency, split into
 *    messages no rule fires on (the common path) and messages a rule fires on.
 * 2. Content triggers on the SMS Spam Collection (UCI; Almeida & Gómez Hidalgo; CC BY 4.0):
 *    each message once, from its own author, so only content triggers can fire (message
 *    rate and duplicates need a history). Precision and recall per rule and overall.
 *    The rules are tuned for Discord chat, not for SMS: this measures, it does not tune.
 * 3. Look-alike domains: the share of the shipped phishing list the look-alike heuristic
 *    alone would catch (as if unlisted), and its false positives on everyday domains.
 *
 *   npx tsx bench/automod.ts --sms /path/to/SMSSpamCollection [--messages 50000] [--members 1000]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { migrateAll } from '../src/app/openAndMigrate.js';
import { ManualClock } from '../src/core/Clock.js';
import { domainEvent, type DomainEventOf } from '../src/core/DomainEvent.js';
import { silentLogger } from '../src/core/Logger.js';
import { MemberDirectory } from '../src/core/members/MemberDirectory.js';
import {
  automodModule,
  automodState,
  compileRules,
  findLookalike,
  GuildMemory,
  judgeMessage,
  MessageText,
  PhishingList,
  shippedPhishingDomains,
  shippedSpamEnv,
  type AutomodConfig,
  type AutomodContext,
  type MessageFacts,
  type TriggerEnv,
} from '../src/modules/automod/index.js';
import { SandboxPlatform } from '../src/platform/sandbox/SandboxPlatform.js';
import { seedSandboxCommunity } from '../src/platform/sandbox/seedSandboxCommunity.js';
import { openStore } from '../src/store/Store.js';

const { values } = parseArgs({
  options: {
    sms: { type: 'string' },
    messages: { type: 'string', default: '50000' },
    members: { type: 'string', default: '1000' },
  },
});

interface Sms {
  spam: boolean;
  text: string;
}

function readSms(path: string): Sms[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [label, ...rest] = line.split('\t');
      return { spam: label === 'spam', text: rest.join('\t').trim() };
    });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const sms = values.sms === undefined ? null : readSms(values.sms);
const config: AutomodConfig = automodModule.config.parse({});

// ── 1. Decisions per second ────────────────────────────────────────────────────────────

const CHAT = [
  'anyone tried the new release yet?',
  'yes, upgrading was painless',
  'lol same',
  'can someone review my PR when they have a minute',
  'gm everyone',
  'the docs say to use node 20',
  'thanks, that fixed it!',
  'which channel is for showcase stuff?',
  'I pushed a fix, see https://github.com/example/repo/pull/42',
  'ok',
];
const SPAM = [
  'free nitro for 3 months https://discordc.gift/claim',
  'Hey I accidentally reported you, talk to this admin',
  'join my server discord.gg/spamspam',
  'WHY DOES NOBODY ANSWER ME IN THIS SERVER SERIOUSLY',
  '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥',
  'check https://steamcommunlty-trade.example/offer',
];

async function decisions(total: number, members: number) {
  const store = await openStore({ url: ':memory:' });
  await migrateAll(store);
  const clock = new ManualClock(Date.UTC(2026, 2, 1));
  const sandbox = new SandboxPlatform({ store, clock });
  const guild = await seedSandboxCommunity(sandbox, { name: 'Bench' });
  const channels = guild.channels.filter((c) => c.kind === 'text').map((c) => c.id);
  let emitted = 0;
  const ctx: AutomodContext = {
    moduleId: 'automod',
    db: store.db,
    dialect: store.dialect,
    platform: sandbox,
    platformNow: sandbox,
    config,
    community: { version: 1, community: { name: 'Bench' } },
    clock,
    log: silentLogger(),
    // Export and erase are not measured here.
    memberData: {
      exportMember: () => Promise.resolve({}),
      eraseMember: (_guildId, userId) => Promise.resolve({ userId, changed: {} }),
      blankContentBefore: () => Promise.resolve({}),
    },
    members: new MemberDirectory(store.db, clock),
    state: automodState({ config }),
    schedule: () => Promise.resolve(),
    emit: () => {
      emitted += 1;
      return Promise.resolve();
    },
    audit: () => Promise.resolve(),
  };
  const ham = sms?.filter((m) => !m.spam).map((m) => m.text) ?? CHAT;
  const events: DomainEventOf<'message.created'>[] = [];
  let t = clock.now();
  const message = (i: number, author: string, channelId: string, content: string) =>
    domainEvent('message.created', {
      id: `bench:message.created:${i}`,
      guildId: guild.id,
      occurredAt: t,
      source: 'bench',
      payload: {
        messageId: String(10_000_000 + i),
        channelId,
        authorId: author,
        authorBot: false,
        content,
        mentionedUserIds: [],
        mentionedRoleIds: [],
        referencedMessageId: null,
        attachmentCount: 0,
      },
    });
  for (let i = 0; events.length < total; i++) {
    // Each member posts every `members` × 60 ms: about once a minute, like a busy server.
    t += 60;
    if (i % 50 === 49) {
      // 2 % spam: content spam, and every 7th a cross-channel burst by a fresh account.
      const spammer = `7${String(i).padStart(17, '0')}`;
      if (i % 350 === 349) {
        for (const channelId of channels.slice(0, 3)) {
          events.push(message(events.length, spammer, channelId, 'Crypto course 90% off, DM me now for the link'));
          t += 60;
        }
      } else {
        events.push(message(events.length, spammer, channels[i % channels.length] ?? '', SPAM[i % SPAM.length] ?? ''));
      }
      continue;
    }
    const author = `8${String(i % members).padStart(17, '0')}`;
    events.push(message(events.length, author, channels[i % channels.length] ?? '', ham[i % ham.length] ?? ''));
  }
  const quiet: number[] = [];
  const fired: number[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const event of events) {
    clock.set(event.occurredAt);
    const t0 = performance.now();
    const verdict = await judgeMessage(event, ctx);
    (verdict === null ? quiet : fired).push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time of this process: what the decisions cost when other work shares the machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await store.destroy();
  const all = [...quiet, ...fired].sort((a, b) => a - b);
  quiet.sort((a, b) => a - b);
  fired.sort((a, b) => a - b);
  return {
    n: events.length,
    rate: events.length / seconds,
    cpuRate: events.length / cpuSeconds,
    all,
    quiet,
    fired,
    emitted,
  };
}

// ── 2. Content triggers on the SMS corpus ──────────────────────────────────────────────

// new-member-spam is left out: its classifier is trained on this corpus (held-out figures: bench/spamEval.ts).
const CONTENT_RULES = new Set([
  'phishing-links',
  'scam-phrases',
  'invite-links',
  'mention-spam',
  'caps-flood',
  'emoji-flood',
]);

async function smsQuality(corpus: Sms[]) {
  const rules = compileRules(config).filter((r) => CONTENT_RULES.has(r.id));
  const phishing = new PhishingList(shippedPhishingDomains());
  const spam = shippedSpamEnv();
  const perRule = new Map<string, { tp: number; fp: number }>(rules.map((r) => [r.id, { tp: 0, fp: 0 }]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const at = Date.UTC(2026, 2, 1);
  for (const [i, m] of corpus.entries()) {
    const env: TriggerEnv = {
      memory: new GuildMemory(60_000),
      phishing,
      phishingAllow: [],
      ownInviteCodes: () => Promise.resolve(new Set()),
      spam,
    };
    const facts: MessageFacts = {
      guildId: 'g',
      messageId: String(i),
      channelId: 'c',
      authorId: `a${i}`,
      text: new MessageText(m.text),
      mentionedUserIds: [],
      mentionedRoleIds: [],
      attachmentCount: 0,
      at,
    };
    env.memory.recordMessage(facts);
    let predicted = false;
    for (const rule of rules) {
      for (const trigger of rule.messageTriggers) {
        if ((await trigger.detect(facts, env)) !== null) {
          predicted = true;
          const counts = perRule.get(rule.id);
          if (counts !== undefined) counts[m.spam ? 'tp' : 'fp'] += 1;
          break;
        }
      }
    }
    if (predicted && m.spam) tp += 1;
    else if (predicted) fp += 1;
    else if (m.spam) fn += 1;
    else tn += 1;
  }
  return { tp, fp, fn, tn, perRule, spam: corpus.filter((m) => m.spam).length };
}

// ── 3. Look-alike domains ──────────────────────────────────────────────────────────────

const EVERYDAY_DOMAINS = [
  'github.com',
  'gist.github.com',
  'discord.js.org',
  'discordjs.guide',
  'discordpy.readthedocs.io',
  'top.gg',
  'disboard.org',
  'discord.me',
  'discords.com',
  'discordbotlist.com',
  'support.discord.com',
  'cdn.discordapp.com',
  'media.discordapp.net',
  'status.discord.com',
  'store.steampowered.com',
  'help.steampowered.com',
  'steamdb.info',
  'steamcharts.com',
  'steamgriddb.com',
  'twitch.tv',
  'youtube.com',
  'youtu.be',
  'reddit.com',
  'en.wikipedia.org',
  'npmjs.com',
  'stackoverflow.com',
  'docs.google.com',
  'medium.com',
  'dev.to',
  'tenor.com',
  'imgur.com',
  'itch.io',
  'epicgames.com',
  'discohook.org',
  'dyno.gg',
  'mee6.xyz',
  'carl.gg',
  'streamlabs.com',
  'discourse.org',
  'discordapi.com',
  'nitrotype.com',
  'gonitro.com',
  'steam.tools',
  'steamid.io',
];

function lookalikes() {
  const listed = shippedPhishingDomains().filter((d) => !d.includes('/'));
  const t0 = performance.now();
  const caught = listed.filter((d) => findLookalike(d) !== null).length;
  const perDomainUs = ((performance.now() - t0) / listed.length) * 1000;
  const falsePositives = EVERYDAY_DOMAINS.filter((d) => findLookalike(d) !== null);
  return { listed: listed.length, caught, perDomainUs, falsePositives };
}

// ── Report ─────────────────────────────────────────────────────────────────────────────

const fmt = (ms: number): string => (ms < 0.1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const d = await decisions(Number(values.messages), Number(values.members));
console.log(`bench/automod: ${d.n} messages, ${Number(values.members)} members, all built-in rules on`);
console.log(`  decisions/s                 : ${d.rate.toFixed(0)}`);
console.log(`  decisions per CPU second    : ${d.cpuRate.toFixed(0)}`);
console.log(`  latency, all                : p50 ${fmt(percentile(d.all, 50))}, p99 ${fmt(percentile(d.all, 99))}`);
console.log(
  `  latency, no rule fires (${d.quiet.length}) : p50 ${fmt(percentile(d.quiet, 50))}, p99 ${fmt(percentile(d.quiet, 99))}`,
);
console.log(
  `  latency, a rule fires (${d.fired.length})   : p50 ${fmt(percentile(d.fired, 50))}, p99 ${fmt(percentile(d.fired, 99))} (${d.emitted} reported)`,
);

if (sms !== null) {
  const q = await smsQuality(sms);
  const precision = q.tp / Math.max(1, q.tp + q.fp);
  const recall = q.tp / Math.max(1, q.tp + q.fn);
  console.log(`\nSMS Spam Collection (${sms.length} messages, ${q.spam} spam), content rules at default settings:`);
  console.log(
    `  overall: precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %, F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(3)}  (TP ${q.tp}, FP ${q.fp}, FN ${q.fn}, TN ${q.tn})`,
  );
  for (const [rule, c] of q.perRule) {
    const p = c.tp + c.fp === 0 ? '—' : `${((c.tp / (c.tp + c.fp)) * 100).toFixed(1)} %`;
    console.log(
      `  ${rule.padEnd(16)} fires on ${String(c.tp).padStart(4)} spam, ${String(c.fp).padStart(4)} ham  (precision ${p}, recall ${((c.tp / q.spam) * 100).toFixed(1)} %)`,
    );
  }
} else {
  console.log('\n(no --sms path: the SMS Spam Collection part was skipped)');
}

const l = lookalikes();
console.log(
  `\nLook-alike heuristic alone on the shipped list (as if unlisted): ${l.caught} / ${l.listed} (${((l.caught / l.listed) * 100).toFixed(1)} %), ${l.perDomainUs.toFixed(1)} µs/domain`,
);
console.log(
  `  false positives on ${EVERYDAY_DOMAINS.length} everyday domains: ${l.falsePositives.length === 0 ? 'none' : l.falsePositives.join(', ')}`,
);
