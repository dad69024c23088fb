import {
  ButtonStyle,
  ComponentType,
  PollLayoutType,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIStringSelectComponent,
  type RESTAPIPoll,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import { ALLOWED_MENTIONS_LIMIT } from '../discordLimits.js';
import type { ActionRow, ButtonComponent, Embed, OutgoingMessage, OutgoingPoll, SelectComponent } from '../Platform.js';

const BUTTON_STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const satisfies Record<ButtonComponent['style'], ButtonStyle>;

/**
 * The JSON body of Create Message for a Guildhall message. Mentions never ping anyone
 * except the listed users (`parse: []`), so content can never ping @everyone by accident.
 * @param message - what to send
 * @param extraMentions - more users allowed to be pinged (the DM fallback's mention)
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function toMessageBody(
  message: OutgoingMessage,
  extraMentions: string[] = [],
): RESTPostAPIChannelMessageJSONBody {
  const body: RESTPostAPIChannelMessageJSONBody = {
    content: message.content,
    embeds: message.embeds?.map(toEmbed),
    components: message.components?.map(toActionRow),
    allowed_mentions: allowedMentions(
      [...(message.allowedUserMentions ?? []), ...extraMentions],
      message.allowedRoleMentions ?? [],
    ),
  };
  if (message.poll !== undefined) body.poll = toPoll(message.poll);
  return body;
}

/**
 * A Guildhall poll as Discord's poll create request (text answers, default layout).
 * @param poll - the poll, within `POLL_LIMITS`
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export function toPoll(poll: OutgoingPoll): RESTAPIPoll {
  return {
    question: { text: poll.question },
    answers: poll.answers.map((text) => ({ poll_media: { text } })),
    duration: poll.durationHours,
    allow_multiselect: poll.allowMultiselect ?? false,
    layout_type: PollLayoutType.Default,
  };
}

/**
 * Allowed mentions limited to `users` and `roles` (deduplicated); nothing is parsed from
 * content, so @everyone and unlisted roles never ping.
 * @param users - user ids that may be pinged
 * @param roles - role ids that may be pinged (Discord allows at most 100 of each)
 */
export function allowedMentions(users: string[], roles: string[] = []): APIAllowedMentions {
  const out: APIAllowedMentions = { parse: [] };
  const uniqueUsers = [...new Set(users)];
  const uniqueRoles = [...new Set(roles)];
  if (uniqueUsers.length > 0) out.users = uniqueUsers.slice(0, ALLOWED_MENTIONS_LIMIT);
  if (uniqueRoles.length > 0) out.roles = uniqueRoles.slice(0, ALLOWED_MENTIONS_LIMIT);
  return out;
}

/**
 * A Guildhall embed as Discord's embed object.
 * @param embed - the embed
 * @see https://discord.com/developers/docs/resources/message#embed-object
 */
export function toEmbed(embed: Embed): APIEmbed {
  const out: APIEmbed = {};
  if (embed.title !== undefined) out.title = embed.title;
  if (embed.description !== undefined) out.description = embed.description;
  if (embed.color !== undefined) out.color = embed.color;
  if (embed.timestamp !== undefined) out.timestamp = embed.timestamp;
  if (embed.footer !== undefined) out.footer = { text: embed.footer };
  if (embed.fields !== undefined) {
    out.fields = embed.fields.map((field) => ({ name: field.name, value: field.value, inline: field.inline ?? false }));
  }
  return out;
}

/**
 * A row of buttons / select menus as Discord's action row component.
 * @param row - the row
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export function toActionRow(row: ActionRow): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: row.components.map((component) =>
      component.kind === 'button' ? toButton(component) : toSelect(component),
    ),
  };
}

function toButton(button: ButtonComponent): APIComponentInMessageActionRow {
  return {
    type: ComponentType.Button,
    style: BUTTON_STYLES[button.style],
    custom_id: button.customId,
    label: button.label,
  };
}

function toSelect(select: SelectComponent): APIStringSelectComponent {
  const out: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: select.customId,
    options: select.options.map((option) =>
      option.description === undefined
        ? { label: option.label, value: option.value }
        : { label: option.label, value: option.value, description: option.description },
    ),
  };
  if (select.placeholder !== undefined) out.placeholder = select.placeholder;
  if (select.minValues !== undefined) out.min_values = select.minValues;
  if (select.maxValues !== undefined) out.max_values = select.maxValues;
  return out;
}
