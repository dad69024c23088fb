import type { ActionRow, ButtonComponent } from '../../../platform/Platform.js';
import type { OnboardingConfig } from '../OnboardingConfig.js';
import { welcomeCustomId } from './welcomeCustomIds.js';

/** Discord's limits: 5 buttons in a row, 80-character labels, 100-character option texts. */
const BUTTONS_PER_ROW = 5;
const LABEL_LIMIT = 80;
const OPTION_TEXT_LIMIT = 100;

/**
 * The components under a member's welcome: the member types (a button each up to five, a
 * select menu beyond), then "Accept the rules" when the gate asks for it and "Send me tips by
 * DM" when DMs are offered. Every custom id carries the member's id.
 * @param config - the onboarding section
 * @param userId - the member welcomed
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export function welcomeComponents(config: OnboardingConfig, userId: string): ActionRow[] {
  const rows: ActionRow[] = [];
  const types = config.memberTypes;
  if (types.length > 0 && types.length <= BUTTONS_PER_ROW) {
    rows.push({
      components: types.map((type) => ({
        kind: 'button',
        customId: welcomeCustomId({ kind: 'type', userId, typeId: type.id }),
        label: buttonLabel(type.label, type.emoji),
        style: 'primary',
      })),
    });
  } else if (types.length > BUTTONS_PER_ROW) {
    rows.push({
      components: [
        {
          kind: 'select',
          customId: welcomeCustomId({ kind: 'types', userId }),
          placeholder: 'What brings you here?',
          options: types.map((type) => ({
            label: clip(buttonLabel(type.label, type.emoji), OPTION_TEXT_LIMIT),
            value: type.id,
            description: clip(type.title, OPTION_TEXT_LIMIT),
          })),
        },
      ],
    });
  }
  const extras: ButtonComponent[] = [];
  if (config.gate.steps.includes('rules')) {
    extras.push({
      kind: 'button',
      customId: welcomeCustomId({ kind: 'rules', userId }),
      label: 'Accept the rules',
      style: 'success',
    });
  }
  if (config.delivery.offerDms) {
    extras.push({
      kind: 'button',
      customId: welcomeCustomId({ kind: 'dms', userId }),
      label: 'Send me tips by DM',
      style: 'secondary',
    });
  }
  if (extras.length > 0) rows.push({ components: extras });
  return rows;
}

/**
 * A type's label with its emoji in front when it is a unicode emoji (the platform's buttons
 * carry no separate emoji; a custom `<:name:id>` would show as text, so it is left out).
 */
function buttonLabel(label: string, emoji: string | null): string {
  const text = emoji === null || /^<a?:/.test(emoji) ? label : `${emoji} ${label}`;
  return clip(text, LABEL_LIMIT);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
