import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { EventsContext } from '../EventsContext.js';
import { Rsvps } from '../store/Rsvps.js';
import { changeRsvp } from './changeRsvp.js';
import { findRsvpEvent } from './findRsvpEvent.js';
import { rsvpAnswer } from './rsvpAnswer.js';
import { RSVP_PREFIX, parseRsvpCustomId } from './rsvpCustomIds.js';
import { rsvpRefusal } from './rsvpRefusal.js';

/**
 * The Going / Maybe / Not going buttons of an announcement. After the sign-up cut-off (and
 * for a cancelled, started or closed event) nothing changes and the member is told why.
 * Every answer is ephemeral and takes a few reads and writes (well under Discord's 3 s).
 */
export const rsvpButtonHandler: ComponentHandler<EventsContext> = {
  customIdPrefix: RSVP_PREFIX,
  async handle(interaction, ctx) {
    const action = parseRsvpCustomId(interaction.payload.customId);
    if (action === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const { guildId } = interaction;
    const event = await findRsvpEvent(ctx, guildId, action);
    if (event === undefined) return privately('This event no longer exists.');
    const refusal = rsvpRefusal(event, ctx.clock.now(), ctx.config.rsvpCutoff);
    if (refusal !== null) return privately(refusal);
    const { userId, interactionId } = interaction.payload;
    const outcome = await changeRsvp(ctx, event, { userId, choice: action.choice, via: 'button', key: interactionId });
    const counts = await new Rsvps(ctx.db).counts(guildId, event.id);
    return privately(rsvpAnswer(event, outcome, counts));
  },
};

function privately(content: string): InteractionReply {
  return { content, ephemeral: true };
}
