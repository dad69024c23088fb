import { z } from 'zod';
import { defineMessageTrigger } from '../parts/TriggerPart.js';
import { stripObfuscation } from '../text/normaliseForMatching.js';
import { singleMessageDetection } from './evidence.js';

const INVITE =
  /(?:discord(?:app)?\s*\.\s*com\s*\/\s*invite|discord\s*\.\s*(?:gg|io|me|li)|dsc\s*\.\s*gg)\s*\/\s*([a-z0-9-]{2,32})/giu;

/** `invite_link`: invites to other Discord servers. */
export const inviteLinkTrigger = defineMessageTrigger({
  id: 'invite_link',
  name: 'Invite links',
  description:
    "A message contains an invite to another Discord server (`discord.gg/…`, `discord.com/invite/…` and common redirectors, also with spaces or invisible characters slipped in). This server's own invites and the codes on `allowCodes` are allowed.",
  settings: z
    .object({
      allowCodes: z
        .array(z.string().trim().min(2).max(32))
        .default([])
        .describe("Invite codes always allowed (partner servers, this server's vanity code)."),
    })
    .strict(),
  compile({ allowCodes }) {
    const allowed = new Set(allowCodes.map((c) => c.toLowerCase()));
    return {
      windowMs: 0,
      async detect(facts, env) {
        const raw = facts.text.raw;
        if (!/disc|dsc/i.test(raw)) return null;
        const codes = [...stripObfuscation(raw).matchAll(INVITE)].map((m) => m[1] ?? '').filter((c) => c !== '');
        const foreign = codes.filter((code) => !allowed.has(code));
        if (foreign.length === 0) return null;
        const own = await env.ownInviteCodes();
        const other = foreign.find((code) => !own.has(code));
        return other === undefined ? null : singleMessageDetection(facts, `invite to another server (${other})`);
      },
    };
  },
});
