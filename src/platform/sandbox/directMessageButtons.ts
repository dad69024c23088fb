import { UserError } from '../../core/errors.js';
import type { ActionRow } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { requireUser } from './memberQueries.js';
import { directChannelId, recordInteraction } from './recordInteraction.js';
import type { DirectButtonInput } from './sandboxInputs.js';
import { fromJson } from './sandboxRows.js';

/**
 * A user clicks a button on a direct message the bot sent them → `interaction.button` with
 * `inDirectMessage: true`. Like on Discord, it works whether or not they are still in the
 * guild (a banned member can press "Appeal"); the event carries no roles, as Discord sends
 * no member object in a DM.
 * @throws SandboxNotFoundError for an unknown user or a message that is not their DM
 * @throws UserError when the message has no button with that custom id (no event)
 */
export async function clickDirectMessageButton(
  ctx: SandboxContext,
  input: DirectButtonInput,
): Promise<{ interactionId: string }> {
  const user = await requireUser(ctx.db, input.userId);
  const message = await ctx.db
    .selectFrom('sandbox_direct_messages')
    .selectAll()
    .where('id', '=', input.messageId)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (message === undefined) throw new SandboxNotFoundError('message', input.messageId);
  const component = fromJson<ActionRow[]>(message.components)
    .flatMap((row) => row.components)
    .find((c) => c.customId === input.customId);
  if (component === undefined)
    throw new UserError(`direct message ${message.id} has no component with customId "${input.customId}"`);
  if (component.kind !== 'button') throw new UserError(`"${input.customId}" is not a button`);
  const base = await recordInteraction(ctx, {
    userId: user.id,
    channelId: directChannelId(user.id),
    kind: 'button',
    name: input.customId,
    memberRoles: [],
    inDirectMessage: true,
  });
  await ctx.emit('interaction.button', base.interactionId, { ...base, customId: input.customId });
  return { interactionId: base.interactionId };
}
