import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { isUnderDomain } from '../text/extractLinks.js';
import { DomainList, normaliseDomain } from './domainList.js';
import { singleMessageDetection } from './evidence.js';

/** `link`: links to denied domains, or (allow-list mode) to any domain not allowed. */
export const linkTrigger = defineMessageTrigger({
  id: 'link',
  name: 'Links',
  description:
    'A message links (`http://` or `https://`) to a domain on `deny`, or, with `allowOnly`, to any domain not on `allow`. A domain covers its subdomains. Discord invites are left to `invite_link`.',
  settings: z
    .object({
      deny: DomainList.describe('Domains that are never allowed (with their subdomains).'),
      allow: DomainList.describe('Domains always allowed (with their subdomains); with `allowOnly`, the only ones.'),
      allowOnly: z.boolean().default(false).describe('Fire on every link whose domain is not on `allow`.'),
    })
    .strict(),
  compile(settings) {
    const deny = settings.deny.map(normaliseDomain);
    const allow = settings.allow.map(normaliseDomain);
    const { allowOnly } = settings;
    const invites = ['discord.gg', 'discord.com', 'discordapp.com'];
    return {
      windowMs: 0,
      detect(facts) {
        for (const link of facts.text.links) {
          if (!link.explicit) continue;
          if (allow.some((d) => isUnderDomain(link.host, d))) continue;
          const denied = deny.find((d) => isUnderDomain(link.host, d));
          if (denied !== undefined) return singleMessageDetection(facts, `link to denied domain ${link.host}`);
          if (allowOnly && !invites.some((d) => isUnderDomain(link.host, d))) {
            return singleMessageDetection(facts, `link to ${link.host}, not on the allow list`);
          }
        }
        return null;
      },
    };
  },
});
