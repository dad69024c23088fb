import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { ApplyContext } from '../apply/ApplyContext.js';

/**
 * Writes a member's ambassador programme record as the event states it (the event carries
 * the whole record, so applying it again, or in a recompute, gives the same row).
 * @param a - apply context
 * @param event - the programme step
 */
export async function applyAmbassadorChange(
  a: ApplyContext,
  event: DomainEventOf<'recognition.ambassador_status_changed'>,
): Promise<void> {
  const p = event.payload;
  const record = {
    tier: p.tier,
    status: p.status,
    nominated_by: p.nominatedBy,
    nominated_at: p.nominatedAt,
    reviewed_by: p.reviewedBy,
    trial_ends_at: p.trialEndsAt,
    confirmed_at: p.confirmedAt,
    note: p.note,
    updated_at: event.occurredAt,
  };
  await a.db
    .insertInto('recognition_ambassadors')
    .values({ guild_id: a.guildId, user_id: p.userId, ...record })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet(record))
    .execute();
}
