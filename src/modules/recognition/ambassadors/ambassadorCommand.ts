import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { describeDuration } from '../../../config/Duration.js';
import { isStaff } from '../commands/isStaff.js';
import { targetMember } from '../commands/targetMember.js';
import { channelByName } from '../live/channelByName.js';
import { setMemberRole } from '../levels/setMemberRole.js';
import { recognitionDb } from '../RecognitionTables.js';
import { ambassadorRequirementGaps } from './ambassadorRequirementGaps.js';
import { AMBASSADOR_STEPS, ambassadorStep, type AmbassadorRecord, type AmbassadorStep } from './ambassadorStep.js';
import { applyAmbassadorChange } from './applyAmbassadorChange.js';
import { listAmbassadors } from './listAmbassadors.js';
import { readAmbassador } from './readAmbassador.js';
import { trialEndedJob } from './trialEndedJob.js';
import type { RecognitionContext } from '../RecognitionContext.js';

const STAFF_STEPS: readonly AmbassadorStep[] = ['approve', 'reject', 'confirm', 'end'];

/**
 * `/ambassador action member tier note`: the ambassador programme. Anyone may nominate
 * (themselves or another member who meets the tier's requirements) and see a status; staff
 * approve or reject a nomination (approval starts the trial), confirm once the trial is over
 * (granting the tier's role), end it, and list everyone in the programme.
 */
export const ambassadorCommand: CommandHandler<RecognitionContext> = {
  definition: {
    name: 'ambassador',
    description: 'Ambassador programme: nominate, status; staff: approve, reject, confirm, end, list',
    options: [
      {
        name: 'action',
        description: 'What to do',
        type: 'string',
        required: true,
        choices: [...AMBASSADOR_STEPS, 'status', 'list'].map((a) => ({ name: a, value: a })),
      },
      { name: 'member', description: 'Who (default: you)', type: 'user', required: false },
      {
        name: 'tier',
        description: 'Tier to nominate for (community_helper, content_creator, evangelist …)',
        type: 'string',
        required: false,
      },
      { name: 'note', description: 'A note for the record', type: 'string', required: false },
    ],
  },
  async handle(interaction, ctx) {
    const action = String(interaction.payload.options.action ?? '');
    const guildId = interaction.guildId;
    const db = recognitionDb(ctx.db);
    const { userId } = targetMember(interaction);
    const tierName = (id: string): string => ctx.config.ambassadors.tiers.find((t) => t.id === id)?.name ?? id;
    if (action === 'status') {
      const record = await readAmbassador(db, guildId, userId);
      return reply(
        record === null ? `<@${userId}> is not in the ambassador programme.` : describe(userId, record, tierName),
      );
    }
    const staff = await isStaff(ctx, guildId, interaction.payload);
    if (action === 'list') {
      if (!staff) return reply('Only staff can list the ambassador programme.');
      const records = await listAmbassadors(db, guildId);
      if (records.length === 0) return reply('Nobody is in the ambassador programme yet.');
      return reply(fitLines(records.map((r) => `• ${describe(r.userId, r, tierName)}`)));
    }
    if (!(AMBASSADOR_STEPS as readonly string[]).includes(action)) return reply(`Unknown action "${action}".`);
    const step = action as AmbassadorStep;
    if (STAFF_STEPS.includes(step) && !staff) return reply(`Only staff can ${step} ambassadors.`);
    return takeStep(ctx, interaction, step, userId, tierName);
  },
};

async function takeStep(
  ctx: RecognitionContext,
  interaction: DomainEventOf<'interaction.command'>,
  step: AmbassadorStep,
  userId: string,
  tierName: (id: string) => string,
): Promise<InteractionReply> {
  const guildId = interaction.guildId;
  const db = recognitionDb(ctx.db);
  const { options, userId: actorId, interactionId } = interaction.payload;
  const now = ctx.clock.now();
  const tierOption = typeof options.tier === 'string' ? options.tier : null;
  const note = typeof options.note === 'string' && options.note !== '' ? options.note.slice(0, 500) : null;
  if (step === 'nominate') {
    const tier = ctx.config.ambassadors.tiers.find((t) => t.id === tierOption);
    if (tier === undefined) {
      return reply(`Choose a tier: ${ctx.config.ambassadors.tiers.map((t) => t.id).join(', ')}.`);
    }
    const gaps = await ambassadorRequirementGaps(ctx, guildId, userId, tier);
    if (gaps === null) return reply(`<@${userId}> is not a member of this server.`);
    if (gaps.length > 0)
      return reply(`<@${userId}> does not meet the ${tier.name} requirements yet: ${gaps.join(', ')}.`);
  }
  const current = await readAmbassador(db, guildId, userId);
  const result = ambassadorStep(current, step, {
    actorId,
    tier: tierOption,
    note,
    now,
    trialLength: ctx.config.ambassadors.trialLength,
  });
  if ('error' in result) return reply(`Cannot ${step} <@${userId}>: ${result.error}.`);
  const record = result.record;
  const payload = { userId, ...record, previousStatus: current?.status ?? null, byUserId: actorId };
  // Written now so the reply and the next command see it; the event (applied again, the same
  // way a recompute does) is the record of it.
  const occurredAt = now;
  await applyAmbassadorChange(
    { db, guildId, config: ctx.config, rules: ctx.state.rules, excludedChannelIds: new Set() },
    { id: '', type: 'recognition.ambassador_status_changed', guildId, occurredAt, source: 'recognition', payload },
  );
  await ctx.emit('recognition.ambassador_status_changed', payload, { guildId, key: interactionId });
  const tier = ctx.config.ambassadors.tiers.find((t) => t.id === record.tier);
  const name = tierName(record.tier);
  switch (step) {
    case 'nominate': {
      const staffChannel = await channelByName(ctx.platform, guildId, ctx.config.ambassadors.staffChannel);
      if (staffChannel !== null) {
        await ctx.platform.sendMessage(staffChannel, {
          content: `<@${actorId}> nominated <@${userId}> as ${name} ambassador${note === null ? '' : `: “${note}”`}. Review with \`/ambassador action:approve\` or \`action:reject\`.`,
        });
      }
      return reply(`<@${userId}> is nominated as ${name} ambassador; staff will review it.`);
    }
    case 'approve':
      await ctx.schedule(trialEndedJob, {
        key: `ambassador-trial:${guildId}:${userId}:${record.nominatedAt}`,
        runAt: record.trialEndsAt ?? now,
        payload: { guildId, userId },
      });
      return reply(
        `<@${userId}> starts a ${trialLength(ctx.config.ambassadors.trialLength)} ${name} trial, until ${isoDate(record.trialEndsAt)}.`,
      );
    case 'reject':
      return reply(`The nomination of <@${userId}> as ${name} ambassador is rejected.`);
    case 'confirm':
    case 'end': {
      const role = tier?.role ?? null;
      const member = role === null ? null : await ctx.platform.fetchMember(guildId, userId);
      if (role !== null && member !== null) {
        const guild = await ctx.platform.fetchGuild(guildId);
        await setMemberRole(ctx, guild, member, role, step === 'confirm', `Guildhall ambassador ${name}: ${step}`);
      }
      return reply(
        step === 'confirm'
          ? `<@${userId}> is confirmed as ${name} ambassador. 🎉`
          : `<@${userId}>’s ${name} ambassadorship has ended.`,
      );
    }
  }
}

function describe(userId: string, record: AmbassadorRecord, tierName: (id: string) => string): string {
  const since = {
    nominated: `nominated ${isoDate(record.nominatedAt)} by <@${record.nominatedBy}>`,
    rejected: 'nomination rejected',
    trial: `on trial until ${isoDate(record.trialEndsAt)}`,
    confirmed: `confirmed ${isoDate(record.confirmedAt)}`,
    ended: 'ended',
  }[record.status];
  return `<@${userId}>: ${tierName(record.tier)}, ${since}${record.note === null ? '' : ` (“${record.note}”)`}`;
}

/** `30-day` for whole days (`a 30-day trial`), else `36 hours`. */
function trialLength(ms: number): string {
  const days = ms / 86_400_000;
  return Number.isInteger(days) ? `${days}-day` : describeDuration(ms);
}

function isoDate(ms: number | null): string {
  return ms === null ? '?' : new Date(ms).toISOString().slice(0, 10);
}

/** Lines that fit one message (2000 characters), with a count of the rest. */
function fitLines(lines: readonly string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const more = `… and ${lines.length - index} more`;
    if (length + line.length + 1 + more.length > 1990) return [...kept, more].join('\n');
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

function reply(content: string): InteractionReply {
  return { content, ephemeral: true };
}
