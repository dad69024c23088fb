import type { Json } from '../../core/DomainEvent.js';
import { ATTACHMENT_LIMITS } from '../../platform/discordLimits.js';
import type { InteractionReply } from '../../platform/Platform.js';

/** What the export file holds: the same document as `GET /api/members/:userId/export`. */
export interface ExportDocument {
  userId: string;
  guildId: string;
  /** ISO 8601. */
  exportedAt: string;
  /** By owner: `core`, `sandbox`, then each module. */
  data: Record<string, Json>;
}

/**
 * The export file's name.
 * @param userId - whose data it is
 */
export function exportFileName(userId: string): string {
  return `guildhall-export-${userId}.json`;
}

/**
 * A member's export as an ephemeral reply with the JSON attached as
 * `guildhall-export-<userId>.json`. An export beyond Discord's attachment limit
 * (`ATTACHMENT_LIMITS.bytes`) is not attached: the reply says how to get it from the command
 * line instead.
 * @param document - the export
 * @param member - whose data: `null` for the member who asked, else the member's id
 */
export function exportReply(document: ExportDocument, member: string | null): InteractionReply {
  const sections = Object.keys(document.data);
  if (sections.length === 0) {
    return { content: `Guildhall holds no data about ${member === null ? 'you' : `<@${member}>`}.`, ephemeral: true };
  }
  const whose = member === null ? 'Your' : `<@${member}>'s`;
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > ATTACHMENT_LIMITS.bytes) {
    const mib = (bytes / 1024 / 1024).toFixed(1);
    const how =
      member === null
        ? 'ask a moderator for it: they can run "guildhall export-member" on the server'
        : `run "guildhall export-member ${document.userId}" on the server`;
    return {
      content: `${whose} data held by Guildhall (${sections.join(', ')}) is ${mib} MiB, more than Discord lets a bot attach (10 MiB): ${how}.`,
      ephemeral: true,
    };
  }
  return {
    content: `${whose} data held by Guildhall (${sections.join(', ')}), as JSON.`,
    files: [{ name: exportFileName(document.userId), data: json, contentType: 'application/json' }],
    ephemeral: true,
  };
}
