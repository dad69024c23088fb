import type { GuildSnapshot } from '../../../platform/Platform.js';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { eventChannelId } from './discordPlace.js';
import { recordEventCancel, recordEventChange, recordNewEvent } from './eventRecords.js';
import { guildEventsSince } from './guildEvents.js';
import { planProgramme, type ProgrammeChange } from './planProgramme.js';
import { pushToDiscord } from './pushToDiscord.js';

/** What one sync did, by kind of change. */
export interface SyncOutcome {
  created: number;
  changed: number;
  canceled: number;
}

/**
 * Brings the stored occurrences and Discord's scheduled events in line with community.yaml:
 * plans (`planProgramme`), records each change (rows, domain events, jobs, announcements,
 * notices to attendees) and carries the result to Discord (`pushToDiscord`), where a row
 * still without a Discord event from an earlier failure is retried.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function syncProgramme(ctx: EventsContext, guildId: string): Promise<SyncOutcome> {
  const now = ctx.clock.now();
  const guild = await ctx.platform.fetchGuild(guildId);
  const rows = await guildEventsSince(ctx.db, guildId, now);
  const plan = planProgramme({
    settings: ctx.config,
    now,
    rows,
    channelId: (name) => eventChannelId(guild, name),
  });
  const edited: string[] = [];
  const cancelled: string[] = [];
  const outcome: SyncOutcome = { created: 0, changed: 0, canceled: 0 };
  for (const change of plan) {
    if (await applyChange(ctx, guild, change, now)) {
      if (change.kind === 'create') outcome.created++;
      else if (change.kind === 'change') {
        outcome.changed++;
        edited.push(change.row.id);
      } else {
        outcome.canceled++;
        cancelled.push(change.row.id);
      }
    }
  }
  const after = await guildEventsSince(ctx.db, guildId, now);
  await pushToDiscord(ctx, guild, {
    rows: after,
    toCreate: after.filter(
      (r) => r.source !== 'discord' && r.status === 'scheduled' && r.platform_event_id === null && r.start_at > now,
    ),
    toEdit: after.filter((r) => edited.includes(r.id) && r.platform_event_id !== null),
    toCancel: after.filter((r) => cancelled.includes(r.id) && r.platform_event_id !== null),
  });
  if (plan.length > 0) ctx.log.info({ guildId, ...outcome }, 'events: programme synced');
  return outcome;
}

async function applyChange(
  ctx: EventsContext,
  guild: GuildSnapshot,
  change: ProgrammeChange,
  now: number,
): Promise<boolean> {
  switch (change.kind) {
    case 'create': {
      const o = change.occurrence;
      if (o.channel !== null && change.channelId === null) {
        ctx.log.warn(
          { eventId: o.id, channel: o.channel },
          'events: no voice or stage channel by that name; occurrence not created',
        );
        return false;
      }
      const row: CommunityEvent = {
        id: o.id,
        guild_id: guild.id,
        source: o.source,
        series_id: o.seriesId,
        local_date: o.localDate,
        title: o.title,
        description: o.description,
        type: o.type,
        start_at: o.startAt,
        end_at: o.endAt,
        channel_id: change.channelId,
        location: o.channel === null ? o.location : null,
        capacity: o.capacity,
        host_id: o.hostId,
        status: 'scheduled',
        platform_event_id: null,
        announce_channel_id: null,
        announce_message_id: null,
        sequence: 0,
        created_by: null,
        created_at: now,
        updated_at: now,
        closed_at: null,
      };
      return (await recordNewEvent(ctx, row)) !== undefined;
    }
    case 'change': {
      const when = `<t:${Math.floor(change.occurrence.startAt / 1000)}:F>`;
      const after = await recordEventChange(
        ctx,
        change.row,
        change.patch,
        `“${change.occurrence.title}” moved to ${when}.`,
      );
      return after !== undefined;
    }
    case 'cancel': {
      const after = await recordEventCancel(ctx, change.row, `“${change.row.title}” is cancelled.`);
      return after !== undefined;
    }
  }
}
