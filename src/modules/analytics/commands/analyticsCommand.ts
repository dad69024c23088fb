import type { CommandHandler } from '../../../core/defineModule.js';
import type { Embed } from '../../../platform/Platform.js';
import type { AnalyticsContext } from '../AnalyticsContext.js';
import { kpiStatuses, type KpiStatus } from '../kpis/kpiStatuses.js';
import { kpiPresentation } from '../kpis/kpiLabels.js';
import { kpiValues } from '../metrics/kpiValues.js';
import { buildReport } from '../reports/buildReport.js';
import { reportEmbed } from '../reports/reportEmbed.js';
import { reportHealth } from '../reports/reportHealth.js';
import { lastCompletePeriod, type ReportKind } from '../reports/reportPeriods.js';
import { isAnalyticsStaff } from './isAnalyticsStaff.js';

const PERIODS: Record<string, ReportKind> = { day: 'daily', week: 'weekly', month: 'monthly' };
const LEVEL_ICON = { ok: '🟢', warning: '🟠', critical: '🔴' } as const;

/**
 * `/analytics summary [period]` and `/analytics kpis` (staff): the report of the last complete
 * day, week or month, or every KPI against its target; answered privately. Discord offers it
 * only to members with Manage Server (unless the server's Integrations settings say otherwise);
 * the handler still checks staff itself (`isAnalyticsStaff`), whoever Discord let through.
 */
export const analyticsCommand: CommandHandler<AnalyticsContext> = {
  definition: {
    name: 'analytics',
    description: 'Staff: community figures and KPIs (only you see the answer)',
    defaultMemberPermissions: ['ManageGuild'],
    options: [
      {
        name: 'summary',
        description: 'The report of the last complete day, week or month',
        type: 'subcommand',
        options: [
          {
            name: 'period',
            description: 'Which period (default: yesterday)',
            type: 'string',
            required: false,
            choices: [
              { name: 'yesterday', value: 'day' },
              { name: 'last week', value: 'week' },
              { name: 'last month', value: 'month' },
            ],
          },
        ],
      },
      { name: 'kpis', description: 'Every KPI against its target and critical threshold', type: 'subcommand' },
    ],
  },
  async handle(interaction, ctx) {
    const { guildId, payload } = interaction;
    if (!(await isAnalyticsStaff(ctx, guildId, payload))) {
      return { content: 'Only staff can see community analytics.', ephemeral: true };
    }
    const now = ctx.clock.now();
    if (payload.subcommand === 'kpis') {
      const statuses = kpiStatuses(ctx.config.kpis, await kpiValues(ctx.db, guildId, now, ctx.config));
      return { embeds: [kpiEmbed(statuses)], ephemeral: true };
    }
    const option = payload.options.period;
    const kind = PERIODS[typeof option === 'string' ? option : 'day'] ?? 'daily';
    const report = await buildReport(ctx.db, guildId, lastCompletePeriod(kind, now), {
      config: ctx.config,
      now,
      health: (day) => reportHealth(ctx.db, guildId, day, ctx.config),
    });
    return { embeds: [reportEmbed(report)], ephemeral: true };
  },
};

function kpiEmbed(statuses: readonly KpiStatus[]): Embed {
  const lines = statuses.map((s) => {
    const { format } = kpiPresentation(s.kpi);
    const icon = s.level === null ? '⚪' : LEVEL_ICON[s.level];
    return `${icon} **${s.label}**: ${s.shown} (target ${format(s.target)}, critical ${format(s.critical)})`;
  });
  return {
    title: '🎯 KPIs',
    description: lines.length === 0 ? 'No KPIs configured (analytics.kpis).' : lines.join('\n'),
    footer: '⚪ not measurable yet · values over the last 7 complete days · definitions: docs/analytics.md',
  };
}
