import { z } from 'zod';
import type { Appeal } from '../appeals/Appeal.js';
import { describeAction } from '../cases/describeCase.js';
import type { ModerationCase } from '../cases/ModerationCase.js';

/** One thing that happened to a case. */
export const TimelineEntry = z.object({
  /** Epoch ms. */
  at: z.number(),
  kind: z.enum(['opened', 'applied', 'apply_failed', 'appeal_filed', 'appeal_decided', 'strike_decayed', 'closed']),
  /** Who acted (a moderator, the member, a reviewer); null for Guildhall itself. */
  actorId: z.string().nullable(),
  text: z.string(),
});

type Entry = z.output<typeof TimelineEntry>;

/**
 * What happened to a case, oldest first: opened, carried out (or not), each appeal filed and
 * decided, the strike decaying, the case closing.
 * @param c - the case
 * @param appeals - its appeals
 */
export function caseTimeline(c: ModerationCase, appeals: readonly Appeal[]): Entry[] {
  const entries: Entry[] = [
    { at: c.createdAt, kind: 'opened', actorId: c.actorId, text: `${describeAction(c)}: ${c.reason}` },
  ];
  if (c.appliedAt !== null) entries.push({ at: c.appliedAt, kind: 'applied', actorId: null, text: 'Carried out' });
  else if (c.applyError !== null) {
    entries.push({ at: c.createdAt, kind: 'apply_failed', actorId: null, text: `Not carried out: ${c.applyError}` });
  }
  for (const a of appeals) {
    entries.push({
      at: a.createdAt,
      kind: 'appeal_filed',
      actorId: a.filedBy,
      text: `Appeal #${a.id} (${a.level}) filed: ${a.statement}`,
    });
    if (a.decidedAt !== null) {
      entries.push({
        at: a.decidedAt,
        kind: 'appeal_decided',
        actorId: a.decidedBy,
        text: `Appeal #${a.id} ${a.status}: ${a.decisionReason ?? ''}`,
      });
    }
  }
  if (c.strikeDecayedAt !== null) {
    entries.push({ at: c.strikeDecayedAt, kind: 'strike_decayed', actorId: null, text: 'The strike stopped counting' });
  }
  if (c.closedAt !== null) {
    entries.push({ at: c.closedAt, kind: 'closed', actorId: null, text: `${c.status}: ${c.closeReason ?? ''}` });
  }
  // Stable: entries at the same moment keep the order they happened in.
  return entries.sort((x, y) => x.at - y.at);
}
