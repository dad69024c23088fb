import { fileBytes } from '../attachmentLimits.js';
import type { InteractionFile } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import type { SandboxAttachmentTable, SandboxDatabase } from './SandboxTables.js';
import type { SandboxAttachment } from './sandboxViews.js';

/** A stored file with its content, to download. */
export interface SandboxAttachmentContent {
  name: string;
  contentType: string | null;
  data: Uint8Array;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * How a file is stored: as its text when it is UTF-8 without NUL (PostgreSQL text holds no
 * NUL), else as base64.
 */
function encode(file: InteractionFile): Pick<SandboxAttachmentTable, 'encoding' | 'data' | 'size'> {
  const bytes = fileBytes(file);
  const text = utf8Text(bytes);
  if (text !== null && !text.includes('\u0000')) return { encoding: 'utf8', data: text, size: bytes.byteLength };
  return { encoding: 'base64', data: Buffer.from(bytes).toString('base64'), size: bytes.byteLength };
}

/** The bytes as text when they are valid UTF-8, else null. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The bytes of a stored file.
 * @param row - the stored encoding and data
 */
export function decodeAttachment(row: Pick<SandboxAttachmentTable, 'encoding' | 'data'>): Uint8Array {
  return row.encoding === 'utf8' ? new TextEncoder().encode(row.data) : new Uint8Array(Buffer.from(row.data, 'base64'));
}

/**
 * Stores the files of the bot's answer to an interaction, in order.
 * @param ctx - sandbox context
 * @param interactionId - the interaction answered
 * @param files - the answer's files (already checked against Discord's limits)
 */
export async function insertAttachments(
  ctx: SandboxContext,
  interactionId: string,
  files: readonly InteractionFile[],
): Promise<void> {
  const now = ctx.clock.now();
  for (const [position, file] of files.entries()) {
    await ctx.db
      .insertInto('sandbox_attachments')
      .values({
        id: await ctx.nextId(),
        interaction_id: interactionId,
        position,
        filename: file.name,
        content_type: file.contentType ?? null,
        ...encode(file),
        created_at: now,
      })
      .execute();
  }
}

/**
 * The files of an interaction's answer (name, size, type; not the content), in order.
 * @param db - the sandbox database
 * @param interactionId - the interaction
 */
export async function listAttachments(db: SandboxDatabase, interactionId: string): Promise<SandboxAttachment[]> {
  const rows = await db
    .selectFrom('sandbox_attachments')
    .select(['id', 'filename', 'content_type', 'size'])
    .where('interaction_id', '=', interactionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.filename, size: r.size, contentType: r.content_type }));
}

/**
 * One file of an interaction's answer, with its content.
 * @param db - the sandbox database
 * @param interactionId - the interaction
 * @param attachmentId - the file's id (from `listAttachments`)
 * @throws SandboxNotFoundError (`attachment`) when the interaction has no such file
 */
export async function readAttachment(
  db: SandboxDatabase,
  interactionId: string,
  attachmentId: string,
): Promise<SandboxAttachmentContent> {
  const row = await db
    .selectFrom('sandbox_attachments')
    .select(['filename', 'content_type', 'encoding', 'data'])
    .where('interaction_id', '=', interactionId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (row === undefined) throw new SandboxNotFoundError('attachment', attachmentId);
  return { name: row.filename, contentType: row.content_type, data: decodeAttachment(row) };
}
