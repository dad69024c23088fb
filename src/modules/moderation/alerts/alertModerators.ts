import type { Severity } from '../automodVocabulary.js';
import type { ActionRow } from '../../../platform/Platform.js';
import type { ModerationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';

/**
 * Posts an alert in the alert channel, mentioning the role the escalation matrix names for
 * the severity (`alertRoles`), and pinging it (only that role: never @everyone or others the
 * text may name): minor and moderate → moderators, serious → community manager, severe →
 * lead, by default. The role is pinged even when it is not mentionable, as bots with Mention
 * Everyone may; without that permission Discord shows the mention without notifying.
 * @param ctx - module context
 * @param places - the resolved channels and roles
 * @param severity - how bad it is
 * @param text - what happened (one or two lines)
 * @param components - buttons to act on it (e.g. Uphold / Overturn on an appeal)
 */
export async function alertModerators(
  ctx: ModerationContext,
  places: ModerationPlaces,
  severity: Severity,
  text: string,
  components: ActionRow[] = [],
): Promise<void> {
  if (places.alerts === null) return;
  const roleId = places.alertRoleId(severity);
  const icon = severity === 'severe' ? '🚨' : severity === 'serious' ? '❗' : '🔔';
  const mention = roleId === null ? '' : `<@&${roleId}> `;
  const content = `${mention}${icon} **${severity}**: ${text}`;
  await ctx.platform.sendMessage(places.alerts.id, {
    content: content.slice(0, 2000),
    allowedRoleMentions: roleId === null ? [] : [roleId],
    components,
  });
}
