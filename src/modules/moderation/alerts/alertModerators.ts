import type { Severity } from '../../../core/DomainEvent.js';
import type { ModuleContext } from '../../../core/defineModule.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationConfig } from '../ModerationConfig.js';

/**
 * Posts an alert in the alert channel, mentioning the role the escalation matrix names for
 * the severity (`alertRoles`): minor and moderate → moderators, serious → community
 * manager, severe → lead, by default.
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param severity - how bad it is
 * @param text - what happened (one or two lines)
 */
export async function alertModerators(
  ctx: ModuleContext<ModerationConfig>,
  places: ModerationPlaces,
  severity: Severity,
  text: string,
): Promise<void> {
  if (places.alerts === null) return;
  const roleId = places.alertRoleId(severity);
  const icon = severity === 'severe' ? '🚨' : severity === 'serious' ? '❗' : '🔔';
  const mention = roleId === null ? '' : `<@&${roleId}> `;
  const content = `${mention}${icon} **${severity}**: ${text}`;
  await ctx.platform.sendMessage(places.alerts.id, { content: content.slice(0, 2000) });
}
