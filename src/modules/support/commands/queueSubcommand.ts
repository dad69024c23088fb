import type { SupportTier } from '../config/TiersConfig.js';
import { formatAge } from '../escalation/formatAge.js';
import { questionLink, shownTitle } from '../escalation/questionLink.js';
import { tierDeadline } from '../escalation/tierDeadline.js';
import { supportDb } from '../SupportTables.js';
import type { Question } from '../store/Questions.js';
import { fitLines } from './fitLines.js';
import type { SupportSubcommand } from './supportSubcommand.js';

/** Questions read for the queue (more are counted, not listed). */
const LISTED = 25;

const HOUR_MS = 3_600_000;

/** A tier's target as seed 000 writes them: `4 h`, `24 h`, `48 h` (else like an age). */
const targetText = (ms: number): string => (ms % HOUR_MS === 0 ? `${ms / HOUR_MS} h` : formatAge(ms));

/** Discord's limit on a message's content. */
const MAX_CONTENT = 2000;

/**
 * One unanswered question as a line of `/support queue`: its title linked, its age, its tier
 * with that tier's target, and `overdue` once the last tier's target has passed.
 * @param question - the question
 * @param tiers - `support.tiers`
 * @param now - epoch ms
 */
export function queueLine(question: Question, tiers: readonly SupportTier[], now: number): string {
  const age = formatAge(now - question.created_at);
  const link = `[${shownTitle(question.title)}](${questionLink(question.guild_id, question.id)})`;
  const tier = tiers[Math.min(question.tier, tiers.length - 1)];
  const last = tiers[tiers.length - 1];
  if (tier === undefined || last === undefined) return `• ${link} · ${age}`;
  const hours = tier.businessHours === null ? '' : ' working';
  const overdue = now >= tierDeadline(last, question.created_at);
  return `• ${overdue ? '⚠️ **overdue** · ' : ''}${link} · ${age} · ${tier.name} (target ${targetText(tier.within)}${hours})`;
}

/**
 * `/support queue` (staff): the unanswered questions, oldest first, each with its age against
 * its tier's target and `overdue` marked, in one ephemeral message within 2000 characters.
 */
export const queueSubcommand: SupportSubcommand = async (interaction, ctx) => {
  const db = supportDb(ctx.db);
  const { guildId } = interaction;
  const open = db.selectFrom('support_questions').where('guild_id', '=', guildId).where('status', '=', 'open');
  const questions = await open.selectAll().orderBy('created_at').orderBy('id').limit(LISTED).execute();
  if (questions.length === 0) return { content: 'No unanswered questions. 🎉', ephemeral: true };
  const total = await open.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
  const more = Number(total?.n ?? 0) - questions.length;
  const now = ctx.clock.now();
  const heading = `**Unanswered questions** (${Number(total?.n ?? questions.length)}, oldest first)`;
  const lines = [heading, ...questions.map((q) => queueLine(q, ctx.config.tiers, now))];
  return { content: fitLines(lines, MAX_CONTENT, more), ephemeral: true };
};
