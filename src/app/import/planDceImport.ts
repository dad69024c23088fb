import { UserError } from '../../core/errors.js';
import { DCE_THREAD_TYPES, type DceHeader } from './dce/DceMessage.js';
import { dceFiles, type DceFile } from './dce/dceFiles.js';
import { DceFormatError } from './dce/DceFormatError.js';
import { readDceJsonStart } from './dce/readDceJson.js';

/** Bad input found before anything was written (files, headers, guild). */
export class ImportRefused extends UserError {}

/** Which guild an import writes to, and how sure Guildhall is of it. */
export interface GuildChoice {
  guildId: string;
  /**
   * `forced`: `--guild-id`, whatever the archive says. `configured`: community.guildId, the
   * archive must be of that guild. `standIn`: the sandbox guild, which stands in for any.
   */
  how: 'forced' | 'configured' | 'standIn';
}

/** The files of an import, what their headers say, and the guild it writes to. */
export interface DceImportPlan {
  files: DceFile[];
  /** Header of each JSON file, by path. */
  headers: Map<string, DceHeader>;
  /** When each JSON file's first message was posted (epoch ms), by path, when known. */
  firstAt: Map<string, number>;
  /** Threads named by the archive's thread files. */
  threads: Map<string, { name: string; parentId: string | null }>;
  /** The guild the archive's JSON files are of (null: CSV only). */
  archiveGuild: { id: string; name: string } | null;
  guildId: string;
  /** A line to show before importing (the stand-in guild), or null. */
  notice: string | null;
  bytes: number;
}

/**
 * Finds the files, reads the header and first message time of every JSON file (only the first
 * bytes of each) and
 * decides the target guild, before anything is written.
 * @param paths - files or folders from the command line
 * @param choice - the guild to write to
 * @throws ImportRefused for a missing path, a file that is not a DCE export, an
 *   archive of several guilds, or one of another guild than community.guildId
 */
export async function planDceImport(paths: readonly string[], choice: GuildChoice): Promise<DceImportPlan> {
  try {
    return await plan(paths, choice);
  } catch (error) {
    if (!(error instanceof UserError) || error instanceof ImportRefused) throw error;
    const nothing = /nothing was imported/i.test(error.message) ? '' : ' Nothing was imported.';
    throw new ImportRefused(`${error.message}${nothing}`);
  }
}

async function plan(paths: readonly string[], choice: GuildChoice): Promise<DceImportPlan> {
  const files = await dceFiles(paths);
  const headers = new Map<string, DceHeader>();
  const firstAt = new Map<string, number>();
  const threads = new Map<string, { name: string; parentId: string | null }>();
  const guilds = new Map<string, string>();
  for (const file of files) {
    if (file.format === 'csv') {
      if (file.channelIdInName === null) {
        throw new DceFormatError(
          file.path,
          'file name',
          'a CSV export names its channel as "… [channel id].csv"; this name has none',
        );
      }
      continue;
    }
    const start = await readDceJsonStart(file.path);
    const header = start.header;
    headers.set(file.path, header);
    if (start.firstAt !== null) firstAt.set(file.path, start.firstAt);
    guilds.set(header.guildId, header.guildName);
    if (DCE_THREAD_TYPES.includes(header.channelType)) {
      threads.set(header.channelId, { name: header.channelName, parentId: header.parentId });
    }
  }
  if (guilds.size > 1) {
    const list = [...guilds].map(([id, name]) => `${id} (${name})`).join(', ');
    throw new UserError(`The files are exports of ${guilds.size} guilds (${list}): import one guild at a time.`);
  }
  const [archive] = [...guilds].map(([id, name]) => ({ id, name }));
  let notice: string | null = null;
  if (archive !== undefined && archive.id !== choice.guildId) {
    if (choice.how === 'configured') {
      throw new UserError(
        `The archive is of guild ${archive.id} (${archive.name}), but community.guildId is ${choice.guildId}: nothing was imported. ` +
          `Import it into ${choice.guildId} anyway with --guild-id ${choice.guildId}.`,
      );
    }
    if (choice.how === 'standIn') {
      notice = `community.guildId is not set: the archive of guild ${archive.id} (${archive.name}) is imported into the sandbox guild ${choice.guildId}.`;
    }
  }
  return {
    files,
    headers,
    firstAt,
    threads,
    archiveGuild: archive ?? null,
    guildId: choice.guildId,
    notice,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}
