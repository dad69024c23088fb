import type { ActionRow, ModalSpec } from '../../../platform/Platform.js';

/** Custom id prefix of the Appeal button on a member's case notice: `moderation:appeal:<case>`. */
export const APPEAL_BUTTON_PREFIX = 'moderation:appeal:';
/** Custom id prefix of the appeal form: `moderation:appeal-form:<case>`. */
export const APPEAL_FORM_PREFIX = 'moderation:appeal-form:';
/** The form's one text input. */
export const STATEMENT_INPUT = 'statement';
/** What a statement may be: long enough to say something, short enough for an alert. */
export const STATEMENT_LENGTH = { min: 10, max: 1500 } as const;

/**
 * The row with the Appeal button sent with a case notice or an upheld decision.
 * @param caseId - the case to appeal
 * @param final - labels it as the final appeal
 */
export function appealButtonRow(caseId: number, final = false): ActionRow {
  return {
    components: [
      {
        kind: 'button',
        customId: `${APPEAL_BUTTON_PREFIX}${caseId}`,
        label: final ? `Final appeal of case #${caseId}` : `Appeal case #${caseId}`,
        style: 'secondary',
      },
    ],
  };
}

/**
 * The appeal form the button opens.
 * @param caseId - the case
 * @param level - first appeal (moderators) or final appeal (admins)
 */
export function appealForm(caseId: number, level: 'first' | 'final'): ModalSpec {
  return {
    customId: `${APPEAL_FORM_PREFIX}${caseId}`,
    title: level === 'first' ? `Appeal case #${caseId}` : `Final appeal of case #${caseId}`,
    inputs: [
      {
        customId: STATEMENT_INPUT,
        label: 'What happened, from your side?',
        style: 'paragraph',
        required: true,
        minLength: STATEMENT_LENGTH.min,
        maxLength: STATEMENT_LENGTH.max,
        placeholder:
          level === 'first'
            ? 'Moderators read this and decide with a reason.'
            : 'Admins read this and decide; their decision is final.',
      },
    ],
  };
}

/**
 * The case number at the end of a custom id, or null when it is not one.
 * @param customId - e.g. `moderation:appeal:12`
 * @param prefix - the prefix before the number
 */
export function caseIdFrom(customId: string, prefix: string): number | null {
  const rest = customId.slice(prefix.length);
  if (!customId.startsWith(prefix) || !/^\d{1,15}$/.test(rest)) return null;
  return Number(rest);
}
