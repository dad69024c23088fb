import type { ActionRow, ModalSpec } from '../../../platform/Platform.js';

/** Custom id prefix of the Uphold / Overturn buttons on an appeal alert: `moderation:decide:<appeal>:<outcome>`. */
export const DECIDE_BUTTON_PREFIX = 'moderation:decide:';
/** Custom id prefix of the reasoning form: `moderation:decision:<appeal>:<outcome>`. */
export const DECISION_FORM_PREFIX = 'moderation:decision:';
/** The form's one text input. */
export const REASON_INPUT = 'reason';
/** A reason long enough to mean something, short enough for a DM. */
export const REASON_LENGTH = { min: 3, max: 1000 } as const;

/** What a reviewer decides. */
export type Outcome = 'upheld' | 'overturned';

/**
 * The Uphold / Overturn buttons posted with an appeal alert.
 * @param appealId - the appeal
 */
export function decisionButtonsRow(appealId: number): ActionRow {
  return {
    components: [
      { kind: 'button', customId: `${DECIDE_BUTTON_PREFIX}${appealId}:upheld`, label: 'Uphold…', style: 'secondary' },
      {
        kind: 'button',
        customId: `${DECIDE_BUTTON_PREFIX}${appealId}:overturned`,
        label: 'Overturn…',
        style: 'danger',
      },
    ],
  };
}

/**
 * The form asking the reviewer for the reasoning the member will read.
 * @param appealId - the appeal
 * @param outcome - what the reviewer chose
 */
export function decisionForm(appealId: number, outcome: Outcome): ModalSpec {
  return {
    customId: `${DECISION_FORM_PREFIX}${appealId}:${outcome}`,
    title: `${outcome === 'upheld' ? 'Uphold' : 'Overturn'} appeal #${appealId}`,
    inputs: [
      {
        customId: REASON_INPUT,
        label: 'Your reasoning (sent to the member)',
        style: 'paragraph',
        required: true,
        minLength: REASON_LENGTH.min,
        maxLength: REASON_LENGTH.max,
      },
    ],
  };
}

/**
 * The appeal and outcome a custom id names, or null when it names none.
 * @param customId - e.g. `moderation:decide:4:upheld`
 * @param prefix - {@link DECIDE_BUTTON_PREFIX} or {@link DECISION_FORM_PREFIX}
 */
export function parseDecisionId(customId: string, prefix: string): { appealId: number; outcome: Outcome } | null {
  if (!customId.startsWith(prefix)) return null;
  const match = /^(\d{1,15}):(upheld|overturned)$/.exec(customId.slice(prefix.length));
  if (match === null) return null;
  return { appealId: Number(match[1]), outcome: match[2] === 'upheld' ? 'upheld' : 'overturned' };
}
