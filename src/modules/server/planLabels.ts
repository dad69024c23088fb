import type { ChannelKind } from '../../platform/Platform.js';

/**
 * How a role is shown in a plan: `@Moderator`.
 * @param name - the role's name (`@everyone` stays as it is)
 */
export function roleLabel(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}

/**
 * How a category is shown in a plan: `category "Staff"`.
 * @param name - the category's name
 */
export function categoryLabel(name: string): string {
  return `category ${JSON.stringify(name)}`;
}

/**
 * How a channel is shown in a plan: `#general`.
 * @param name - the channel's name
 */
export function channelLabel(name: string): string {
  return `#${name}`;
}

/**
 * A category or channel's label by kind.
 * @param kind - its kind
 * @param name - its name
 */
export function placeLabel(kind: ChannelKind, name: string): string {
  return kind === 'category' ? categoryLabel(name) : channelLabel(name);
}

/**
 * A colour as `#rrggbb`.
 * @param color - 24-bit colour
 */
export function hexColour(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/**
 * A text value as shown in a plan: quoted, or `(none)`.
 * @param text - the value
 */
export function quoted(text: string | null): string {
  return text === null ? '(none)' : JSON.stringify(text);
}
