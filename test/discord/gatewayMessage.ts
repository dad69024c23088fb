import type { FixtureObject } from './fixtures.js';

/**
 * A message object as the gateway sends it (in MESSAGE_CREATE, or as the `message` of a
 * component interaction), with the fields discord.js needs to build it.
 * @param fields - id, channel, author, content; optionally time and components
 */
export function gatewayMessage(fields: {
  id: string;
  channelId: string;
  author: FixtureObject;
  content: string;
  timestamp?: string;
  components?: unknown;
}): FixtureObject {
  return {
    id: fields.id,
    channel_id: fields.channelId,
    author: fields.author,
    content: fields.content,
    timestamp: fields.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...(fields.components === undefined ? {} : { components: fields.components }),
  };
}

/**
 * The same interaction as Discord sends it from a DM: no guild, `user` instead of `member`,
 * the DM channel.
 * @param payload - an INTERACTION_CREATE payload from a guild
 * @param user - the user who clicked
 * @param channelId - the DM channel
 */
export function inDirectMessage(payload: FixtureObject, user: FixtureObject, channelId: string): FixtureObject {
  const dm = { ...payload };
  delete dm.guild_id;
  delete dm.member;
  dm.user = user;
  dm.channel = { id: channelId, type: 1 };
  dm.channel_id = channelId;
  dm.context = 1;
  return dm;
}
