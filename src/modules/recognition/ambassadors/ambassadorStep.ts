import type { AmbassadorStatus } from '../recognitionEvents.js';

/** A member's ambassador programme record. */
export interface AmbassadorRecord {
  tier: string;
  status: AmbassadorStatus;
  nominatedBy: string;
  nominatedAt: number;
  reviewedBy: string | null;
  trialEndsAt: number | null;
  confirmedAt: number | null;
  note: string | null;
}

/** The steps staff (or, for a nomination, anyone) can take. */
export const AMBASSADOR_STEPS = ['nominate', 'approve', 'reject', 'confirm', 'end'] as const;

/** One step of the programme. */
export type AmbassadorStep = (typeof AMBASSADOR_STEPS)[number];

/** What a step needs besides the current record. */
export interface StepInput {
  actorId: string;
  /** Required to nominate. */
  tier: string | null;
  note: string | null;
  now: number;
  /** Length of a trial, in ms. */
  trialLength: number;
}

/**
 * The programme as a state machine: nominate (from nothing, rejected or ended) → approve
 * (starts the trial) or reject → confirm (only once the trial is over) → end (from trial or
 * confirmed). Returns the record after the step, or why it cannot be taken.
 * @param current - the member's record (null: never nominated)
 * @param step - the step
 * @param input - who, tier, note, time, trial length
 */
export function ambassadorStep(
  current: AmbassadorRecord | null,
  step: AmbassadorStep,
  input: StepInput,
): { record: AmbassadorRecord } | { error: string } {
  const status = current?.status ?? null;
  const note = input.note ?? current?.note ?? null;
  switch (step) {
    case 'nominate':
      if (status === 'nominated' || status === 'trial' || status === 'confirmed') {
        return { error: `already ${status === 'trial' ? 'on trial' : status}` };
      }
      if (input.tier === null) return { error: 'choose a tier to nominate for' };
      return {
        record: {
          tier: input.tier,
          status: 'nominated',
          nominatedBy: input.actorId,
          nominatedAt: input.now,
          reviewedBy: null,
          trialEndsAt: null,
          confirmedAt: null,
          note: input.note,
        },
      };
    case 'approve':
    case 'reject':
      if (current === null || status !== 'nominated') return { error: 'not nominated' };
      return {
        record: {
          ...current,
          status: step === 'approve' ? 'trial' : 'rejected',
          reviewedBy: input.actorId,
          trialEndsAt: step === 'approve' ? input.now + input.trialLength : null,
          note,
        },
      };
    case 'confirm':
      if (current === null || status !== 'trial' || current.trialEndsAt === null) return { error: 'not on trial' };
      if (input.now < current.trialEndsAt) {
        return { error: `the trial ends on ${new Date(current.trialEndsAt).toISOString().slice(0, 10)}` };
      }
      return { record: { ...current, status: 'confirmed', confirmedAt: input.now, note } };
    case 'end':
      if (current === null || (status !== 'trial' && status !== 'confirmed')) return { error: 'not an ambassador' };
      return { record: { ...current, status: 'ended', note } };
  }
}
