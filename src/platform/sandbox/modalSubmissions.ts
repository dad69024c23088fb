import { UserError } from '../../core/errors.js';
import { InvalidRequest } from '../PlatformError.js';
import { MODAL_LIMITS } from '../modalLimits.js';
import type { ModalSpec } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { findMemberRow, memberRoleIds } from './memberQueries.js';
import { recordInteraction } from './recordInteraction.js';
import type { ModalSubmitInput } from './sandboxInputs.js';
import { fromJson } from './sandboxRows.js';

/**
 * A user submits the modal the bot answered their interaction with → `interaction.modal`
 * (a new interaction, in the same channel or DM, with the modal's custom id and the values).
 * Inputs not given keep their prefilled value. Checked like Discord's client does: only the
 * user it was shown to, once, every field a text input of the modal, required ones filled,
 * lengths within the input's bounds.
 * @throws SandboxNotFoundError for an unknown interaction or one that showed no modal
 * @throws UserError for someone else's modal, a second submission or values that do not fit (no event)
 */
export async function submitModal(ctx: SandboxContext, input: ModalSubmitInput): Promise<{ interactionId: string }> {
  const shown = await ctx.db
    .selectFrom('sandbox_interactions')
    .selectAll()
    .where('id', '=', input.interactionId)
    .executeTakeFirst();
  if (shown?.modal == null) throw new SandboxNotFoundError('interaction', input.interactionId);
  if (shown.user_id !== input.userId) throw new UserError('only the member it was shown to can submit a modal');
  const modal = fromJson<ModalSpec>(shown.modal);
  const fields = checkFields(modal, input.fields);
  const now = ctx.clock.now();
  const claimed = await ctx.db
    .updateTable('sandbox_interactions')
    .set({ modal_submitted_at: now })
    .where('id', '=', shown.id)
    .where('modal_submitted_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) throw new UserError(`modal "${modal.customId}" was already submitted`);
  const inDirectMessage = shown.in_dm === 1;
  const member = inDirectMessage ? undefined : await findMemberRow(ctx.db, shown.user_id);
  const base = await recordInteraction(ctx, {
    userId: shown.user_id,
    channelId: shown.channel_id,
    kind: 'modal',
    name: modal.customId,
    memberRoles: member === undefined ? [] : await memberRoleIds(ctx.db, member.user_id),
    inDirectMessage,
  });
  await ctx.emit('interaction.modal', base.interactionId, { ...base, customId: modal.customId, fields });
  return { interactionId: base.interactionId };
}

/** The submitted values, every input present (empty when left blank). */
function checkFields(modal: ModalSpec, values: Record<string, string>): Record<string, string> {
  const known = new Set(modal.inputs.map((i) => i.customId));
  const unknown = Object.keys(values).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new UserError(`modal "${modal.customId}" has no input ${unknown.join(', ')}`);
  const fields: Record<string, string> = {};
  for (const spec of modal.inputs) {
    // An input left as shown is submitted with its prefilled value, as on Discord.
    const value = values[spec.customId] ?? spec.value ?? '';
    const where = `input "${spec.customId}" (${spec.label})`;
    if (value === '') {
      if (spec.required ?? true) throw new UserError(`${where} is required`);
    } else {
      const min = spec.minLength ?? 0;
      const max = Math.min(spec.maxLength ?? MODAL_LIMITS.value, MODAL_LIMITS.value);
      if (value.length < min || value.length > max)
        throw new UserError(`${where} takes ${min}–${max} characters, got ${value.length}`);
      if (spec.style === 'short' && value.includes('\n')) throw new UserError(`${where} is one line`);
    }
    fields[spec.customId] = value;
  }
  return fields;
}

/**
 * Refuses a modal as the answer to a modal submission, as Discord does.
 * @throws InvalidRequest
 */
export function assertCanShowModal(kind: string): void {
  if (kind === 'modal') throw new InvalidRequest('a modal submission cannot be answered with another modal');
}
