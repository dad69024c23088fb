/** What an import did, printed at the end (and returned as JSON by tests). */
export interface ImportSummary {
  /** Files read in this run. */
  files: number;
  /** Files an earlier run had finished (skipped). */
  filesAlreadyDone: number;
  /** Messages read (system messages included). */
  messages: number;
  /** Events recorded now. */
  recorded: number;
  /** Events already in the log (seen live, or imported before): left as they were. */
  known: number;
  /** `member.joined` events made (GuildMemberJoin messages). */
  joins: number;
  /** `reaction.added` events made (one per reacting user). */
  reactions: number;
  /** Reactions counted by the export but without users (older DCE, CSV): not imported. */
  reactionsWithoutUsers: number;
  /** `thread.created` events made. */
  threads: number;
  /** Distinct authors whose names went to the member directory. */
  authors: number;
  /** Messages skipped, by reason. */
  skipped: Record<string, number>;
  /** Handler runs that failed (recorded in handler_failures). */
  failures: number;
  /** Platform effects the replayed modules asked for, discarded. */
  discardedEffects: number;
  /** Jobs the replayed modules asked for, dropped. */
  droppedJobs: number;
  /** Bytes of export read. */
  bytes: number;
  elapsedMs: number;
}

/** A summary with nothing counted yet. */
export function emptySummary(): ImportSummary {
  return {
    files: 0,
    filesAlreadyDone: 0,
    messages: 0,
    recorded: 0,
    known: 0,
    joins: 0,
    reactions: 0,
    reactionsWithoutUsers: 0,
    threads: 0,
    authors: 0,
    skipped: {},
    failures: 0,
    discardedEffects: 0,
    droppedJobs: 0,
    bytes: 0,
    elapsedMs: 0,
  };
}

/**
 * The summary as lines for a person.
 * @param s - the summary
 */
export function formatSummary(s: ImportSummary): string[] {
  const n = (v: number): string => v.toLocaleString('en-US');
  const seconds = s.elapsedMs / 1000;
  const lines = [
    `Imported ${n(s.files)} file(s)${s.filesAlreadyDone > 0 ? ` (${n(s.filesAlreadyDone)} finished by an earlier run, skipped)` : ''} in ${seconds.toFixed(1)} s: ${n(s.messages)} messages (${n(Math.round(s.messages / Math.max(seconds, 0.001)))}/s).`,
    `  events: ${n(s.recorded)} new, ${n(s.known)} already known (seen live or imported before)`,
    `  members joined: ${n(s.joins)}, reactions: ${n(s.reactions)}, threads: ${n(s.threads)}, authors named: ${n(s.authors)}`,
  ];
  if (s.reactionsWithoutUsers > 0) {
    lines.push(`  reactions without users in the export (counts only, not imported): ${n(s.reactionsWithoutUsers)}`);
  }
  const skipped = Object.entries(s.skipped);
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.map(([why, count]) => `${n(count)} ${why}`).join(', ')}`);
  if (s.failures > 0)
    lines.push(`  handler failures: ${n(s.failures)} (see handler_failures; the events are recorded)`);
  if (s.discardedEffects + s.droppedJobs > 0) {
    lines.push(
      `  replay mode: ${n(s.discardedEffects)} platform action(s) discarded, ${n(s.droppedJobs)} job(s) dropped`,
    );
  }
  return lines;
}
