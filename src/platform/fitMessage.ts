import { EMBEDS_LIMIT, EMBED_LIMITS, MESSAGE_CONTENT_LIMIT } from './discordLimits.js';
import type { Embed, EmbedField } from './types/Embed.js';

/** What a fitted message is cut with. */
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters (UTF-16 code units, which never undercount what
 * Discord counts), ending with an ellipsis when it was cut, without splitting a surrogate pair.
 * @param text - any length
 * @param max - the limit (0 gives '')
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(cut, 0))}${ELLIPSIS}`;
}

/** The parts of an outgoing message whose length Discord limits. */
interface FittableMessage {
  content?: string;
  embeds?: Embed[];
}

/**
 * Fits an outgoing message (a post, a DM or an interaction reply) to Discord's limits instead
 * of letting the send fail: content to 2000 characters, at most 10 embeds, each embed's
 * title, description, fields (25, names and values) and footer to their limits, and all
 * embeds together to 6000 characters (later text is cut first, later embeds dropped). Cut text ends with `…`.
 * Pure: the message is not changed; one already within limits comes back equal.
 * Both platforms apply it before their limit checks, so a module handler never fails on length.
 * @param message - a message or interaction reply (other properties are kept as they are)
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function fitMessage<M extends FittableMessage>(message: M): M {
  const fitted: M = { ...message };
  if (message.content !== undefined) fitted.content = truncateText(message.content, MESSAGE_CONTENT_LIMIT);
  if (message.embeds !== undefined) fitted.embeds = fitEmbeds(message.embeds);
  return fitted;
}

/** Embeds within their count, their own limits, and the 6000-character total. */
function fitEmbeds(embeds: readonly Embed[]): Embed[] {
  let budget: number = EMBED_LIMITS.total;
  /** Cuts to the part's own limit and to what is left of the total. */
  const take = (text: string, limit: number): string => {
    const kept = truncateText(text, Math.min(limit, budget));
    budget -= kept.length;
    return kept;
  };
  const fitted: Embed[] = [];
  for (const embed of embeds.slice(0, EMBEDS_LIMIT)) {
    // Embeds the total leaves no room for are dropped rather than sent empty.
    if (budget === 0) break;
    const out: Embed = { ...embed };
    if (embed.title !== undefined) out.title = take(embed.title, EMBED_LIMITS.title);
    if (embed.description !== undefined) out.description = take(embed.description, EMBED_LIMITS.description);
    if (embed.fields !== undefined) {
      const fields: EmbedField[] = [];
      for (const field of embed.fields.slice(0, EMBED_LIMITS.fields)) {
        // A field needs a name and a value: drop it when the total leaves no room for both.
        if (budget < 2) continue;
        const name = take(field.name, Math.min(EMBED_LIMITS.fieldName, Math.max(budget - 1, 0)));
        const value = take(field.value, EMBED_LIMITS.fieldValue);
        fields.push({ ...field, name, value });
      }
      out.fields = fields;
      if (fields.length === 0 && embed.fields.length > 0) delete out.fields;
    }
    if (embed.footer !== undefined) out.footer = take(embed.footer, EMBED_LIMITS.footer);
    // Text the total left no room for is dropped rather than sent empty.
    if (out.title === '' && embed.title !== '') delete out.title;
    if (out.description === '' && embed.description !== '') delete out.description;
    if (out.footer === '' && embed.footer !== '') delete out.footer;
    fitted.push(out);
  }
  return fitted;
}
