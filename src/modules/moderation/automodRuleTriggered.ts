import type { DomainEventOf } from '../../core/DomainEvent.js';
import type { AutomodAction } from './automodVocabulary.js';
import { alertModerators } from './alerts/alertModerators.js';
import { activeStrikes } from './cases/activeStrikes.js';
import type { ModerationCase } from './cases/ModerationCase.js';
import { moderationPlaces } from './guild/ModerationPlaces.js';
import { startLockdown } from './lockdown/startLockdown.js';
import type { ModerationContext } from './ModerationContext.js';
import { chooseStrikeSanction } from './sanctions/chooseStrikeSanction.js';
import { harsher, type Sanction } from './sanctions/Sanction.js';
import { takeAction } from './sanctions/takeAction.js';

/**
 * Acts on what automod saw: a case for each member it asks to sanction (a strike goes up the
 * ladder or to the category's immediate action; explicit timeouts, kicks and bans apply,
 * the harshest winning), or one case recording the deletion; a lockdown when asked; and an
 * alert pinging the role of the rule's severity.
 * @param event - the automod event
 * @param ctx - module context
 */
export async function automodRuleTriggered(
  event: DomainEventOf<'automod.rule_triggered'>,
  ctx: ModerationContext,
): Promise<void> {
  const { payload, guildId } = event;
  const places = await moderationPlaces(ctx, guildId);
  const rule = { id: payload.ruleId, name: payload.ruleName, category: payload.category, severity: payload.severity };
  const others = payload.matchedRules.slice(1).map((r) => r.ruleName);
  const reason = `${payload.ruleName}: ${payload.reason}${others.length > 0 ? ` (also: ${others.join(', ')})` : ''}`;
  const memberActions = payload.actions.filter((a) => a.kind !== 'lockdown' && a.kind !== 'alert');
  const warning = payload.actions.find((a): a is Extract<AutomodAction, { kind: 'warn' }> => a.kind === 'warn');
  const cases: ModerationCase[] = [];

  if (memberActions.length > 0) {
    for (const userId of payload.userIds) {
      let sanction: Sanction | null = null;
      let strike: { ladderStep: number | null } | null = null;
      let publicWarning = false;
      for (const action of memberActions) {
        let next: Sanction | null = null;
        if (action.kind === 'strike') {
          const before = await activeStrikes(ctx.db, guildId, userId, ctx.clock.now());
          const chosen = chooseStrikeSanction(ctx.config, before, payload.category);
          next = chosen.sanction;
          strike = { ladderStep: chosen.ladderStep };
          publicWarning = chosen.public;
        } else if (action.kind === 'warn') next = { action: 'warn' };
        else if (action.kind === 'timeout') next = { action: 'timeout', durationMs: action.durationMs };
        else if (action.kind === 'kick') next = { action: 'kick' };
        else if (action.kind === 'ban') {
          next = { action: 'ban', durationMs: action.durationMs, deleteMessageSeconds: action.deleteMessageSeconds };
        }
        if (next !== null) sanction = sanction === null ? next : harsher(sanction, next);
      }
      cases.push(
        await takeAction(ctx, places, {
          guildId,
          userId,
          reason,
          actorId: null,
          sanction,
          rule,
          evidence: payload.evidence.filter((e) => e.authorId === userId || e.authorId === ''),
          channelId: payload.channelId,
          strike,
          publicWarning,
          warningText: warning?.message ?? null,
          sourceKey: `${event.id}:${userId}`,
        }),
      );
    }
  }

  const lockdown = payload.actions.find((a) => a.kind === 'lockdown');
  let lockdownAlerted = false;
  if (lockdown !== undefined) {
    const outcome = await startLockdown(ctx, places, {
      reason,
      durationMs: lockdown.durationMs,
      startedBy: null,
      sourceKey: event.id,
    });
    // A new lockdown alerts by itself (severe), with the reason.
    lockdownAlerted = !outcome.extended;
  } else if (cases.length === 0) {
    cases.push(
      await takeAction(ctx, places, {
        guildId,
        userId: payload.userIds.length === 1 ? (payload.userIds[0] ?? null) : null,
        reason,
        actorId: null,
        sanction: null,
        action: payload.deletedMessageIds.length > 0 ? 'delete' : 'flag',
        rule,
        evidence: payload.evidence,
        channelId: payload.channelId,
        sourceKey: `${event.id}:incident`,
      }),
    );
  }

  if (payload.actions.some((a) => a.kind === 'alert') && !lockdownAlerted) {
    const who = payload.userIds
      .slice(0, 20)
      .map((u) => `<@${u}>`)
      .join(', ');
    const more = payload.userIds.length > 20 ? ` and ${payload.userIds.length - 20} more` : '';
    const where = payload.channelId === null ? '' : ` in <#${payload.channelId}>`;
    const caseList =
      cases.length === 0 ? '' : ` Case${cases.length === 1 ? '' : 's'} ${cases.map((c) => `#${c.id}`).join(', ')}.`;
    await alertModerators(
      ctx,
      places,
      payload.severity,
      `automod rule **${payload.ruleName}**: ${payload.reason}${where}. ${who}${more}.${caseList}`,
    );
  }
}
