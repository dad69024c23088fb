import type { MemberSubcommand } from '../commands/memberSubcommand.js';
import { EventMembers } from '../store/EventMembers.js';
import { feedBaseUrl } from './feedBaseUrl.js';
import { feedTokenHash, feedUrl, newFeedToken } from './feedToken.js';

/**
 * `/events calendar [revoke:true]`: the member's secret iCalendar feed of the events they RSVPd
 * to. The first time (or with `revoke:true`) it issues a new token, stores only its SHA-256
 * and shows the URL once; the previous URL then answers 404. Asked again without `revoke`,
 * it says the feed exists (the URL cannot be shown again: only its hash is kept). Ephemeral.
 */
export const calendarSubcommand: MemberSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId } = interaction.payload;
  const members = new EventMembers(ctx.db);
  const revoke = interaction.payload.options.revoke === true;
  const existing = (await members.get(guildId, userId))?.feed_token_hash ?? null;
  if (existing !== null && !revoke) {
    return {
      content:
        'You already have a calendar feed (its link was shown when it was made). Lost it? `/events calendar revoke:true` stops the old link and gives you a new one.',
      ephemeral: true,
    };
  }
  const token = newFeedToken();
  await members.setFeedTokenHash(guildId, userId, feedTokenHash(token), ctx.clock.now());
  const url = feedUrl(feedBaseUrl(ctx.config), token);
  const lead = existing === null ? 'Your calendar feed' : 'Done: the old link no longer works. Your new calendar feed';
  return {
    content: [
      `${lead} (the events you answered Going or Maybe to, or wait for):`,
      url,
      'Add it to Google Calendar, Apple Calendar or Outlook as a calendar "from URL" / subscription. Keep it secret: anyone with the link sees your events. `/events calendar revoke:true` stops it.',
    ].join('\n'),
    ephemeral: true,
  };
};
