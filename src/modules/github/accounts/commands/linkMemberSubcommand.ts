import { isModuleStaff } from '../../../../core/staffMembers.js';
import { parseLogin } from '../githubLogin.js';
import { deletePendingCode, linkOfLogin, linkOfMember, removeLink, saveLink } from '../linkStore.js';
import { privately, type AccountsSubcommand } from './AccountsSubcommand.js';

/**
 * `/github link-member member:<m> login:<l>` (staff): links without verification, moving the
 * login from another member when it was theirs. Audited.
 */
export const linkMemberSubcommand: AccountsSubcommand = async (interaction, ctx) => {
  const { userId: staffId, options, interactionId } = interaction.payload;
  const guildId = interaction.guildId;
  if (!(await isModuleStaff(ctx, guildId, interaction.payload))) {
    return privately('Only GitHub staff can link accounts for others.');
  }
  const member = typeof options.member === 'string' ? options.member : null;
  const typed = String(options.login ?? '')
    .trim()
    .replace(/^@/, '');
  const login = parseLogin(typed);
  if (member === null || login === null) return privately('Give a member and a GitHub login.');
  const own = await linkOfMember(ctx, guildId, member);
  if (own?.login === login) return privately(`<@${member}> is already linked to **${own.display_login}**.`);
  const holder = await linkOfLogin(ctx, guildId, login);
  if (holder !== undefined) {
    await removeLink(ctx, guildId, holder.user_id);
    await ctx.emit(
      'github.account_unlinked',
      { userId: holder.user_id, by: staffId },
      { key: `unlinked:${interactionId}`, guildId },
    );
  }
  await deletePendingCode(ctx, guildId, member);
  await saveLink(ctx, guildId, { userId: member, displayLogin: typed, githubId: null, method: 'staff', by: staffId });
  await ctx.emit(
    'github.account_linked',
    { userId: member, method: 'staff', by: staffId },
    { key: `linked:${interactionId}`, guildId },
  );
  await ctx.audit({
    guildId,
    actor: `discord:${staffId}`,
    action: 'github.link_member',
    target: member,
    details: { login, previousHolder: holder?.user_id ?? null, previousLogin: own?.login ?? null },
  });
  return privately(
    `Linked <@${member}> to **${typed}** on GitHub${holder === undefined ? '' : ` (moved from <@${holder.user_id}>)`}.`,
  );
};
