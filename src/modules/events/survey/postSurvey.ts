import type { EventsContext } from '../EventsContext.js';
import { announceChannel } from '../rsvp/announceChannel.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { surveyButtonRow } from './surveyForm.js';

/** Most members mentioned in the survey message (the rest are counted), well inside 2000 characters. */
const MAX_MENTIONS = 40;

/**
 * Posts the "Rate this event" message in the announce channel (by name, on the live guild),
 * mentioning the attendees. Nothing when the server has no such channel (logged) or when
 * nobody may answer (nobody attended or was going).
 * @param ctx - module context
 * @param event - the event that just closed
 * @param attendees - members who attended
 * @param going - members who had RSVPd going
 */
export async function postSurvey(
  ctx: EventsContext,
  event: CommunityEvent,
  attendees: readonly string[],
  going: readonly string[],
): Promise<void> {
  if (attendees.length === 0 && going.length === 0) return;
  // The channel the event was announced in, else `announceChannel` by name (null, logged: none).
  const channelId = event.announce_channel_id ?? (await announceChannel(ctx, event.guild_id));
  if (channelId === null) return;
  const mentioned = attendees.slice(0, MAX_MENTIONS);
  const more = attendees.length - mentioned.length;
  const thanks =
    mentioned.length === 0
      ? ''
      : ` Thanks for coming, ${mentioned.map((id) => `<@${id}>`).join(' ')}${more > 0 ? ` and ${more} more` : ''}!`;
  const closes = Math.floor((event.end_at + ctx.config.survey.openFor) / 1000);
  await ctx.platform.sendMessage(channelId, {
    content: `**${event.title}** has ended.${thanks} How was it? Attendees and members who were going can rate it until <t:${closes}:F>.`,
    components: [surveyButtonRow(event.id)],
    allowedUserMentions: mentioned,
    nonce: `events:survey:${event.guild_id}:${event.id}`,
  });
}
