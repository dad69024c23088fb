import type { ModerationAction } from '../moderationEvents.js';
import type { Embed } from '../../../platform/Platform.js';
import { describeAction, relativeTime } from './describeCase.js';
import type { ModerationCase } from './ModerationCase.js';
import { ERASED } from './erased.js';

const COLOURS: Record<ModerationAction, number> = {
  warn: 0xf1c40f,
  timeout: 0xe67e22,
  kick: 0xe74c3c,
  ban: 0xc0392b,
  unban: 0x2ecc71,
  untimeout: 0x2ecc71,
  delete: 0x95a5a6,
  flag: 0x3498db,
  lockdown: 0x9b59b6,
  lockdown_end: 0x2ecc71,
};

/** Discord: an embed field's value holds at most 1024 characters. */
const FIELD_LIMIT = 1024;
const EVIDENCE_SHOWN = 5;

/**
 * The mod-log embed of a case: action, member, moderator or rule, reason, strike, expiry,
 * copies of the evidence messages, and why carrying it out failed if it did.
 * @param c - the case
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function caseEmbed(c: ModerationCase): Embed {
  const fields: NonNullable<Embed['fields']> = [];
  if (c.userId !== null) fields.push({ name: 'Member', value: `<@${c.userId}>`, inline: true });
  fields.push({ name: 'By', value: byline(c.actorId), inline: true });
  if (c.ruleId !== null) {
    const severity = c.severity === null ? '' : ` · ${c.severity}`;
    fields.push({ name: 'Rule', value: cut(`${c.ruleName ?? c.ruleId} (\`${c.ruleId}\`${severity})`), inline: true });
  }
  if (c.strike) {
    const step = c.ladderStep === null ? 'immediate action' : `ladder step ${c.ladderStep}`;
    fields.push({
      name: 'Strike',
      value: `${step}; counts until ${relativeTime(c.strikeExpiresAt ?? c.createdAt)}`,
      inline: true,
    });
  }
  if (c.expiresAt !== null) fields.push({ name: 'Ends', value: relativeTime(c.expiresAt), inline: true });
  fields.push({ name: 'Reason', value: cut(c.reason) });
  if (c.evidence.length > 0) {
    const lines = c.evidence
      .slice(0, EVIDENCE_SHOWN)
      .map((e) => `<#${e.channelId}> ${relativeTime(e.postedAt)}: ${quote(e.content)}`);
    if (c.evidence.length > EVIDENCE_SHOWN) lines.push(`… and ${c.evidence.length - EVIDENCE_SHOWN} more`);
    fields.push({ name: `Evidence (${c.evidence.length})`, value: cut(lines.join('\n')) });
  }
  if (c.applyError !== null) fields.push({ name: 'Not carried out', value: cut(c.applyError) });
  if (c.status !== 'active') {
    fields.push({ name: 'Status', value: cut(`${c.status}${c.closeReason === null ? '' : `: ${c.closeReason}`}`) });
  }
  return {
    title: `Case #${c.id} · ${describeAction(c)}`,
    color: COLOURS[c.action],
    fields,
    footer: `Guildhall moderation · case ${c.id}`,
    timestamp: new Date(c.createdAt).toISOString(),
  };
}

/** Who acted: automod (no actor), a member erased since, or a mention of the moderator. */
function byline(actorId: string | null): string {
  if (actorId === null) return 'Automod';
  return actorId === ERASED ? 'an erased member' : `<@${actorId}>`;
}

function cut(text: string): string {
  return text.length <= FIELD_LIMIT ? text : `${text.slice(0, FIELD_LIMIT - 1)}…`;
}

/** A message copy on one line, without pinging anyone again or breaking the embed's markup. */
function quote(content: string): string {
  const line = content.replace(/\s+/g, ' ').replace(/`/g, "'").trim();
  const short = line.length > 180 ? `${line.slice(0, 179)}…` : line;
  return short === '' ? '*(no text)*' : `\`${short}\``;
}
