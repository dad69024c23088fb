/**
 * Discord's JSON error codes that Guildhall's platforms report in `PlatformError.code`. The
 * Discord adapter passes Discord's own; the sandbox uses the same number for the same refusal.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export const DISCORD_ERROR_CODES = {
  unknownChannel: 10003,
  unknownGuild: 10004,
  unknownInvite: 10006,
  unknownMember: 10007,
  unknownMessage: 10008,
  unknownRole: 10011,
  unknownUser: 10013,
  unknownBan: 10026,
  unknownInteraction: 10062,
  unknownGuildScheduledEvent: 10070,
  /** Slowmode: the member has to wait. */
  slowmode: 20016,
  maximumGuildRoles: 30005,
  maximumReactions: 30010,
  maximumGuildChannels: 30013,
  maximumForumTags: 30048,
  /** The request (a file upload) is larger than Discord accepts. */
  requestEntityTooLarge: 40005,
  /** The user is banned from this guild. */
  userBanned: 40007,
  interactionAlreadyAcknowledged: 40060,
  missingAccess: 50001,
  cannotEditAnotherUsersMessage: 50005,
  /** DMs closed, bot blocked or no mutual server. */
  cannotSendMessagesToThisUser: 50007,
  missingPermissions: 50013,
  invalidWebhookToken: 50027,
  invalidFormBody: 50035,
  /** The thread is archived: unarchive it (in the same request) before changing it. */
  threadArchived: 50083,
  /** The thread is locked: only members who manage threads post in it or unarchive it. */
  threadLocked: 160005,
  /** The message was blocked by (native) AutoMod. */
  autoModerationBlocked: 200_000,
} as const;
