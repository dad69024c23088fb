import { Routes } from 'discord.js';
import { z } from 'zod';
import type { InviteSnapshot } from '../Platform.js';
import type { PlatformRest } from './platformRest.js';

const withId = z.object({ id: z.string() });
const apiInvite = z.object({
  code: z.string(),
  channel: withId.nullish(),
  inviter: withId.nullish(),
  // Invite metadata: only sent to a bot with Manage Server.
  uses: z.number().optional(),
  max_uses: z.number().optional(),
});

/**
 * The guild's invites with their use counts (Get Guild Invites). Discord includes the counts
 * (invite metadata) only for a bot with the Manage Server permission; without them this
 * throws rather than report zero uses. An invite without a channel is left out.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param guildId - the guild
 * @throws Error when Discord sent no use counts
 * @see https://discord.com/developers/docs/resources/guild#get-guild-invites
 * @see https://discord.com/developers/docs/resources/invite#invite-metadata-object
 */
export async function listInvites(rest: PlatformRest, guildId: string): Promise<InviteSnapshot[]> {
  const invites = z.array(apiInvite).parse(await rest.get(Routes.guildInvites(guildId)));
  const snapshots: InviteSnapshot[] = [];
  for (const invite of invites) {
    if (invite.uses === undefined || invite.max_uses === undefined) {
      throw new Error('Discord sent invites without use counts: the bot needs the Manage Server permission');
    }
    if (invite.channel == null) continue;
    snapshots.push({
      code: invite.code,
      channelId: invite.channel.id,
      inviterId: invite.inviter?.id ?? null,
      uses: invite.uses,
      maxUses: invite.max_uses,
    });
  }
  return snapshots;
}
