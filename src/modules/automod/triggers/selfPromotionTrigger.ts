import { z } from 'zod';
import { defineMessageTrigger, type MessageFacts, type TriggerEnv } from '../parts/TriggerPart.js';
import { PROMO_CUES, PROMO_PHRASES } from '../spam/promoPhrases.js';
import { PromoDomains } from '../spam/PromoDomains.js';
import { DomainList, normaliseDomain } from './domainList.js';
import { singleMessageDetection } from './evidence.js';
import { compileWordList } from './wordFilterTrigger.js';

/** `self_promotion`: advertising one's channel, socials or an easy-money offer. */
export const selfPromotionTrigger = defineMessageTrigger({
  id: 'self_promotion',
  name: 'Self-promotion',
  description:
    'A message advertises: a promotional phrase ("check out my channel", "sub4sub", "follow me on", "make money online", … however disguised, like the word filter), a link through a link shortener (`bit.ly`, `tinyurl.com`, … shipped in `data/spam-promo/promo-domains.json`), or a link to a video or social site (YouTube, Twitch, TikTok, Instagram, Telegram, linktr.ee, …) next to a promotional word ("watch", "subscribe", "my", "channel", …). Messages the community\'s moderators cleared on appeal never fire.',
  settings: z
    .object({
      phrases: z
        .array(z.string().trim().min(1).max(100))
        .default([])
        .describe('Promotional phrases to add to the shipped ones (same matching as `word_filter`).'),
      shippedPhrases: z.boolean().default(true).describe('Use the shipped phrases.'),
      promoDomains: DomainList.describe('Video or social domains to add to the shipped list.'),
      allowDomains: DomainList.describe('Domains never counted as promotional here (your own channel, say).'),
      shortenersAlone: z
        .boolean()
        .default(true)
        .describe('A link through a link shortener fires by itself (it hides where it goes).'),
      bareLinks: z
        .boolean()
        .default(false)
        .describe('A link to a video or social site fires even without a promotional word.'),
    })
    .strict(),
  compile(settings) {
    const { regex, entries } = compileWordList([
      ...(settings.shippedPhrases ? PROMO_PHRASES : []),
      ...settings.phrases,
    ]);
    const cues = new Set(PROMO_CUES);
    const extra = new PromoDomains({ video: [], social: settings.promoDomains.map(normaliseDomain), shortener: [] });
    const allow = settings.allowDomains.map(normaliseDomain);
    return {
      windowMs: 0,
      detect(facts, env) {
        let promoLink: { host: string; kind: string } | null = null;
        for (const link of facts.text.links) {
          if (PromoDomains.isAllowed(link.host, allow)) continue;
          const kind = env.spam.promo.kindOf(link.host) ?? extra.kindOf(link.host);
          if (kind === null) continue;
          if (kind === 'shortener' && settings.shortenersAlone) {
            return cleared(facts, env)
              ? null
              : singleMessageDetection(facts, `link through the shortener ${link.host}`);
          }
          promoLink ??= { host: link.host, kind };
        }
        if (regex !== null) {
          for (const form of facts.text.wordForms) {
            const match = regex.exec(form);
            if (match === null) continue;
            const index = match.slice(1).findIndex((group) => group !== undefined);
            const entry = entries[index]?.written ?? match[0].trim();
            return cleared(facts, env) ? null : singleMessageDetection(facts, `promotional phrase "${entry}"`);
          }
        }
        if (promoLink === null) return null;
        const cue = settings.bareLinks ? '' : findCue(facts.text.comparable, cues);
        if (cue === null || cleared(facts, env)) return null;
        return singleMessageDetection(
          facts,
          `link to the ${promoLink.kind} site ${promoLink.host}${cue === '' ? '' : ` with "${cue}"`}`,
        );
      },
    };
  },
});

// Links are left out: `youtube.com/watch?v=…` says "watch" without anyone writing it.
const LINK_TEXT = /\bhttps?:\/\/\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*/gu;

function findCue(comparable: string, cues: ReadonlySet<string>): string | null {
  for (const word of comparable.replace(LINK_TEXT, ' ').split(/[^\p{L}\p{N}]+/u)) if (cues.has(word)) return word;
  return null;
}

function cleared(facts: MessageFacts, env: TriggerEnv): boolean {
  return env.spam.community.verdictOn(facts.text) === 'ham';
}
