import type { ComponentHandler, ComponentInteraction } from '../../../core/defineModule.js';
import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { appealsOfCase, verdictText, type Appeal } from '../appeals/Appeal.js';
import {
  APPEAL_BUTTON_PREFIX,
  APPEAL_FORM_PREFIX,
  STATEMENT_INPUT,
  STATEMENT_LENGTH,
  appealForm,
  caseIdFrom,
} from '../appeals/appealButton.js';
import { appealFiledReply } from '../appeals/appealFiledReply.js';
import { checkAppeal, fileAppeal } from '../appeals/fileAppeal.js';
import { privately } from '../commands/reply.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';

/**
 * The Appeal button of a case notice (in the member's DMs, or the channel fallback): opens the
 * appeal form when the case can be appealed now; otherwise says why, with the latest decision
 * and its reasoning, so a banned member the bot can no longer DM still learns the outcome.
 */
export const appealButtonHandler: ComponentHandler<ModerationContext> = {
  customIdPrefix: APPEAL_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const caseId = caseIdFrom(interaction.payload.customId, APPEAL_BUTTON_PREFIX);
    if (caseId === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const places = await moderationPlaces(ctx, interaction.guildId);
    const check = await checkAppeal(ctx, places, {
      guildId: interaction.guildId,
      caseId,
      invoker: interaction.payload,
    });
    if (check.ok) return { modal: appealForm(caseId, check.level) };
    const own = await ownAppeals(interaction, caseId, ctx.db);
    const latest = own.findLast((a) => a.status !== 'pending');
    return privately(latest === undefined ? check.reason : `${check.reason}\n${describeDecision(latest)}`);
  },
};

/** The appeal form, submitted: files the appeal with the member's statement. */
export const appealFormHandler: ComponentHandler<ModerationContext> = {
  customIdPrefix: APPEAL_FORM_PREFIX,
  async handle(interaction, ctx) {
    const caseId = caseIdFrom(interaction.payload.customId, APPEAL_FORM_PREFIX);
    if (caseId === null || interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const statement = (interaction.payload.fields[STATEMENT_INPUT] ?? '').trim();
    if (statement.length < STATEMENT_LENGTH.min)
      return privately(`Say in at least ${STATEMENT_LENGTH.min} characters what happened, from your side.`);
    const places = await moderationPlaces(ctx, interaction.guildId);
    const filed = await fileAppeal(ctx, places, {
      guildId: interaction.guildId,
      caseId,
      statement: statement.slice(0, STATEMENT_LENGTH.max),
      invoker: interaction.payload,
      channelId: interaction.payload.inDirectMessage === true ? null : interaction.payload.channelId,
    });
    return privately(filed.ok ? appealFiledReply(filed.appeal, ctx.config) : filed.reason);
  },
};

/** The member's own appeals of the case (none when the case is someone else's). */
async function ownAppeals(
  interaction: ComponentInteraction,
  caseId: number,
  db: Kysely<CoreTables>,
): Promise<Appeal[]> {
  const appeals = await appealsOfCase(db, caseId);
  return appeals.filter((a) => a.guildId === interaction.guildId && a.userId === interaction.payload.userId);
}

function describeDecision(appeal: Appeal): string {
  const date = appeal.decidedAt === null ? '' : ` on ${new Date(appeal.decidedAt).toISOString().slice(0, 10)}`;
  const verdict = verdictText(appeal.status === 'overturned' ? 'overturned' : 'upheld');
  return `Your ${appeal.level} appeal #${appeal.id} was ${verdict}${date}. Reason: ${appeal.decisionReason ?? '(none given)'}.`;
}
