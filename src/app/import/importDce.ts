import { performance } from 'node:perf_hooks';
import type { Clock } from '../../core/Clock.js';
import type { DomainEvent } from '../../core/DomainEvent.js';
import type { ReplayOptions, ReplayResult } from '../../core/replay/Replayer.js';
import type { Store } from '../../store/Store.js';
import { dceEvents, threadFileEvent, type DceTarget } from './dce/dceEvents.js';
import type { DceFile } from './dce/dceFiles.js';
import { readInTimeOrder, type FileToRead, type TimeOrderedItem } from './dce/readInTimeOrder.js';
import { DceFormatError } from './dce/DceFormatError.js';
import { DCE_THREAD_TYPES, type DceUser } from './dce/DceMessage.js';
import { ImportProgressTable } from './ImportProgressTable.js';
import { emptySummary, type ImportSummary } from './ImportSummary.js';
import type { DceImportPlan } from './planDceImport.js';

/** A member named by the archive, for the member directory. */
export interface ArchiveAuthor {
  userId: string;
  username: string;
  displayName: string;
  bot: boolean;
}

/** Where an import sends what it reads. */
export interface DceImportSink {
  store: Store;
  clock: Clock;
  /** The engine's replay (`Engine.replay`). */
  replay: (events: readonly DomainEvent[], options: ReplayOptions) => Promise<ReplayResult>;
  /** The modules to replay through. */
  modules: readonly string[];
  /** Names authors in the member directory (`MemberDirectory.remember`). */
  remember: (guildId: string, authors: readonly ArchiveAuthor[]) => Promise<void>;
  /** Called at most every few hundred messages with how far the import got. */
  progress?: (done: { bytes: number; messages: number; files: number }) => void;
  /** Platform effects discarded and jobs dropped so far (for the summary). */
  replayCounts?: () => { discardedEffects: number; droppedJobs: number };
  /** Events per unit of work (default 10,000). */
  batchSize?: number;
}

/**
 * Imports the files of a plan through the engine's replay, their messages in time order
 * across files ({@link readInTimeOrder}: appending to the indexes instead of writing all over
 * them). Events are gathered into batches of `batchSize`; each batch is one unit of work together with the
 * progress rows of the files it read from, so an interrupted import loses nothing it
 * reported and a rerun continues after the last committed message (and the event ids make
 * any overlap harmless). A file that turns out not to be DCE, is truncated, or holds a
 * message of an unknown type stops the import with a DceFormatError naming the file and
 * message; what was read before it is committed first.
 * @param plan - from `planDceImport`
 * @param sink - engine replay, directory, progress
 * @returns what the import did
 */
export async function importDce(plan: DceImportPlan, sink: DceImportSink): Promise<ImportSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const progress = new ImportProgressTable(sink.store.db);
  const batch = new ImportBatch(plan, sink, progress, summary);
  const target: DceTarget = { guildId: plan.guildId, threads: plan.threads };
  const named = new Set<string>();
  const toRead: FileToRead[] = [];
  for (const file of plan.files) {
    const resume = await progress.resumeAt(plan.guildId, file.path, file.bytes);
    if (resume.done) {
      summary.filesAlreadyDone += 1;
      summary.bytes += file.bytes;
      continue;
    }
    // A file resumed part way is opened at once (its first message is not where it resumes).
    const opensAt =
      resume.position > 0 ? Number.NEGATIVE_INFINITY : (plan.firstAt.get(file.path) ?? Number.NEGATIVE_INFINITY);
    toRead.push({ file, startAt: resume.position, opensAt });
  }
  const run: MergeRun = { plan, sink, target, batch, summary, named, bytesRead: summary.bytes, sinceReport: 0 };
  try {
    try {
      for await (const item of readInTimeOrder(toRead)) await take(item, run);
    } catch (error) {
      // Bad input: what was read before the bad spot is committed, so a fixed file resumes
      // after it. (A failed write is not retried here: the rerun starts from the last commit.)
      if (error instanceof DceFormatError) await batch.flush();
      throw error;
    }
    await batch.flush();
  } finally {
    summary.elapsedMs = performance.now() - started;
    summary.authors = named.size;
    Object.assign(summary, sink.replayCounts?.() ?? {});
  }
  return summary;
}

/** How far one file got in the batch being gathered. */
interface FileMark {
  bytes: number;
  position: number;
  doneAt: number | null;
}

/**
 * Events, authors and file positions gathered since the last commit. `flush` writes them in
 * one unit of work: the replay, the member directory and every touched file's progress row.
 */
class ImportBatch {
  events: DomainEvent[] = [];
  authors = new Map<string, ArchiveAuthor>();
  readonly #files = new Map<string, FileMark>();
  readonly #plan: DceImportPlan;
  readonly #sink: DceImportSink;
  readonly #progress: ImportProgressTable;
  readonly #summary: ImportSummary;

  constructor(plan: DceImportPlan, sink: DceImportSink, progress: ImportProgressTable, summary: ImportSummary) {
    this.#plan = plan;
    this.#sink = sink;
    this.#progress = progress;
    this.#summary = summary;
  }

  /** Events per unit of work. */
  get size(): number {
    return this.#sink.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** Records that `file` got to `position` (and is finished when `doneAt` is set). */
  mark(file: DceFile, position: number, doneAt: number | null): void {
    this.#files.set(file.path, { bytes: file.bytes, position, doneAt });
  }

  /** Commits what was gathered (nothing when empty). */
  async flush(): Promise<void> {
    const events = this.events;
    const names = [...this.authors.values()];
    const files = [...this.#files];
    if (events.length === 0 && names.length === 0 && files.length === 0) return;
    this.events = [];
    this.authors = new Map();
    this.#files.clear();
    const { store, clock, replay, modules, remember } = this.#sink;
    const guildId = this.#plan.guildId;
    await store.unitOfWork(
      async () => {
        if (events.length > 0) {
          const result = await replay(events, { modules });
          this.#summary.recorded += result.recorded;
          this.#summary.known += result.known;
          this.#summary.failures += result.failures;
        }
        if (names.length > 0) await remember(guildId, names);
        const now = clock.now();
        for (const [path, mark] of files) {
          await this.#progress.save(guildId, path, mark.bytes, mark.position, mark.doneAt, now);
        }
      },
      { guildId },
    );
  }
}

/**
 * Events per unit of work unless the sink says otherwise. Large on purpose: each file's
 * messages land all over the event log's and the rollups' indexes, so a commit writes most of
 * the pages it touches whatever its size; ten times fewer commits wrote ten times less.
 */
const DEFAULT_BATCH_SIZE = 10_000;

interface MergeRun {
  plan: DceImportPlan;
  sink: DceImportSink;
  target: DceTarget;
  batch: ImportBatch;
  summary: ImportSummary;
  named: Set<string>;
  /** Bytes read of every file (finished ones whole). */
  bytesRead: number;
  sinceReport: number;
}

/** Adds one item of the time-ordered read to the batch (committing it when full). */
async function take(item: TimeOrderedItem, run: MergeRun): Promise<void> {
  const { sink, summary, plan, batch } = run;
  if (item.kind === 'header') {
    const { header, file } = item;
    if (item.startAt === 0 && file.part === 1 && DCE_THREAD_TYPES.includes(header.channelType)) {
      batch.events.push(threadFileEvent(header, plan.guildId));
      summary.threads += 1;
    }
    return;
  }
  if (item.kind === 'end') {
    batch.mark(item.file, item.position, sink.clock.now());
    summary.files += 1;
    summary.bytes += item.file.bytes;
    return;
  }
  summary.messages += 1;
  run.bytesRead += item.newBytes;
  const mapped = dceEvents(item.message, item.header, run.target);
  if (typeof mapped === 'string') throw new DceFormatError(item.file.path, `message ${item.index}`, mapped);
  if ('skipped' in mapped) {
    summary.skipped[mapped.skipped] = (summary.skipped[mapped.skipped] ?? 0) + 1;
  } else {
    for (const event of mapped.events) {
      if (event.type === 'member.joined') summary.joins += 1;
      else if (event.type === 'reaction.added') summary.reactions += 1;
      else if (event.type === 'thread.created') summary.threads += 1;
    }
    summary.reactionsWithoutUsers += mapped.reactionsWithoutUsers;
    for (const event of mapped.events) batch.events.push(event);
    nameAuthor(item.message.author, batch.authors, run.named);
  }
  batch.mark(item.file, item.index + 1, null);
  if (batch.events.length >= batch.size) await batch.flush();
  run.sinceReport += 1;
  if (run.sinceReport >= 500) {
    run.sinceReport = 0;
    sink.progress?.({
      bytes: run.bytesRead,
      messages: summary.messages,
      files: summary.files + summary.filesAlreadyDone,
    });
  }
}

function nameAuthor(author: DceUser, into: Map<string, ArchiveAuthor>, named: Set<string>): void {
  if (named.has(author.id)) return;
  named.add(author.id);
  into.set(author.id, {
    userId: author.id,
    username: author.name,
    displayName: author.nickname ?? author.name,
    bot: author.isBot,
  });
}
