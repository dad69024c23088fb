import { MESSAGE_CONTENT_LIMIT } from '../../../platform/Platform.js';

/**
 * A journey step's text for one member: `{member}` becomes a mention, `{community}` the
 * community name; with `mention`, the member is mentioned at the start when the text does
 * not mention them already. Cut (with `…`) to Discord's 2000 characters.
 * @param template - the step's message from community.yaml
 * @param values - the member, the community name, and whether the text must mention the member
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function journeyText(template: string, values: { userId: string; community: string; mention: boolean }): string {
  const mention = `<@${values.userId}>`;
  const filled = template.replaceAll('{member}', mention).replaceAll('{community}', values.community);
  const text = values.mention && !filled.includes(mention) ? `${mention} ${filled}` : filled;
  return text.length > MESSAGE_CONTENT_LIMIT ? `${text.slice(0, MESSAGE_CONTENT_LIMIT - 1)}…` : text;
}
