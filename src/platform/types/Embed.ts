/**
 * A rich embed in a message or interaction reply, within Discord's embed limits
 * (`EMBED_LIMITS` in `discordLimits.ts`).
 * @see https://discord.com/developers/docs/resources/message#embed-object
 */
export interface Embed {
  /** Up to 256 characters. */
  title?: string;
  /** Up to 4096 characters. */
  description?: string;
  /** RGB as one integer, e.g. `0x5865f2`. */
  color?: number;
  /** Up to 25 fields. */
  fields?: EmbedField[];
  /** Footer text, up to 2048 characters. */
  footer?: string;
  /** ISO-8601 timestamp. */
  timestamp?: string;
}

/**
 * One name/value pair of an {@link Embed}.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-field-structure
 */
export interface EmbedField {
  /** Up to 256 characters. */
  name: string;
  /** Up to 1024 characters. */
  value: string;
  /** Shown side by side with neighbouring inline fields. */
  inline?: boolean;
}
