import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { UserError } from '../../../core/errors.js';

/** One export file to import. */
export interface DceFile {
  /** Absolute path. */
  path: string;
  format: 'json' | 'csv';
  bytes: number;
  /** The channel id in the file name (`… [id].json`), when there is one. */
  channelIdInName: string | null;
  /** 1 for the first (or only) part of a split export, N for `[part N]`. */
  part: number;
}

const CHANNEL_ID = /\[(\d{5,20})\]/g;
const PART = / ?\[part (\d+)\]/;

/**
 * The DCE files named on the command line: files as given, folders searched recursively for
 * `.json` and `.csv` files (DCE's `…_Files` asset folders skipped). Ordered by channel file
 * then part, so the parts of a split export are read in order.
 * @param paths - files or folders
 * @throws UserError for a path that does not exist or names no DCE file
 */
export async function dceFiles(paths: readonly string[]): Promise<DceFile[]> {
  const files: DceFile[] = [];
  for (const given of paths) {
    const path = resolve(given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UserError(`${given}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const before = files.length;
      await collect(path, files);
      if (files.length === before) throw new UserError(`${given}: no .json or .csv export in this folder`);
    } else {
      const file = describe(path, info.size);
      if (file === null) throw new UserError(`${given}: not a .json or .csv file`);
      files.push(file);
    }
  }
  const unique = new Map(files.map((f) => [f.path, f]));
  return [...unique.values()].sort(compareFiles);
}

async function collect(dir: string, into: DceFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.endsWith('_Files')) await collect(path, into);
      continue;
    }
    if (!entry.isFile()) continue;
    const file = describe(path, (await stat(path)).size);
    if (file !== null) into.push(file);
  }
}

function describe(path: string, bytes: number): DceFile | null {
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') return null;
  const name = basename(path);
  const ids = [...name.matchAll(CHANNEL_ID)];
  const part = PART.exec(name);
  return {
    path,
    format: ext === '.json' ? 'json' : 'csv',
    bytes,
    channelIdInName: ids.at(-1)?.[1] ?? null,
    part: part === null ? 1 : Number(part[1]),
  };
}

function compareFiles(a: DceFile, b: DceFile): number {
  const baseA = a.path.replace(PART, '');
  const baseB = b.path.replace(PART, '');
  if (baseA !== baseB) return baseA < baseB ? -1 : 1;
  return a.part - b.part;
}
