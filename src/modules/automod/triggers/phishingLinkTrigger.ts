import { z } from 'zod';
import { findLookalike } from '../phishing/lookalikeDomain.js';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { isUnderDomain } from '../text/extractLinks.js';
import { singleMessageDetection } from './evidence.js';

/** `phishing_link`: links to known scam domains and to look-alikes of Discord and Steam. */
export const phishingLinkTrigger = defineMessageTrigger({
  id: 'phishing_link',
  name: 'Phishing and scam links',
  description:
    'A message contains a link (clickable or pasted as text) to a known Discord phishing or scam domain or one of its subdomains (the shipped list of 21,908 domains, refreshable, plus `automod.phishing.extraDomains`), or, with `lookalikes`, to a domain imitating Discord or Steam: other-script letters (`dіscord.com`), misspellings (`dlscord-gift.com`, `steamcommunlty.ru`), or the name with a lure word (`discord-nitro.ru`).',
  settings: z
    .object({
      lookalikes: z.boolean().default(true).describe('Also fire on unlisted domains that imitate Discord or Steam.'),
    })
    .strict(),
  compile({ lookalikes }) {
    return {
      windowMs: 0,
      detect(facts, { phishing, phishingAllow }) {
        for (const link of facts.text.links) {
          if (phishingAllow.some((d) => isUnderDomain(link.host, d))) continue;
          const listed = phishing.match(link);
          if (listed !== null) return singleMessageDetection(facts, `known phishing domain ${listed}`);
          if (!lookalikes) continue;
          const lookalike = findLookalike(link.host, phishingAllow);
          if (lookalike !== null) {
            return singleMessageDetection(
              facts,
              `${link.host} imitates ${lookalike.brand} (${lookalike.kind} of ${lookalike.imitates})`,
            );
          }
        }
        return null;
      },
    };
  },
});
