import { describeDuration } from '../../../../config/Duration.js';
import { parseLogin } from '../githubLogin.js';
import { hashLinkCode, newLinkCode } from '../linkCodes.js';
import { linkOfLogin, linkOfMember, savePendingCode } from '../linkStore.js';
import { privately, type AccountsSubcommand } from './AccountsSubcommand.js';
import { VERIFY_CUSTOM_ID } from './verifyCustomId.js';

/**
 * `/github link login:<login>`: starts a verification. The member gets a one-time code to put
 * in their GitHub bio or a public gist's description, and a Verify button; Guildhall never
 * holds their GitHub credentials.
 */
export const linkSubcommand: AccountsSubcommand = async (interaction, ctx) => {
  const { userId, options } = interaction.payload;
  const guildId = interaction.guildId;
  const login = parseLogin(String(options.login ?? ''));
  if (login === null) return privately('That is not a GitHub login (letters, digits and hyphens, up to 39).');
  const holder = await linkOfLogin(ctx, guildId, login);
  if (holder !== undefined && holder.user_id !== userId) {
    return privately(`**${holder.display_login}** is already linked to another member. Ask staff if it is yours.`);
  }
  const own = await linkOfMember(ctx, guildId, userId);
  if (own?.login === login) return privately(`You are already linked to **${own.display_login}** on GitHub.`);
  const code = newLinkCode();
  await savePendingCode(ctx, guildId, { userId, login, codeHash: hashLinkCode(code) });
  return {
    content: [
      `To link **${login}**, put this code in your GitHub profile bio or in the description of a public gist:`,
      `\`${code}\``,
      `Then press **Verify**. The code works once and expires in ${describeDuration(ctx.config.accounts.codeTtl)}; remove it from GitHub once you are linked.`,
    ].join('\n'),
    ephemeral: true,
    components: [{ components: [{ kind: 'button', customId: VERIFY_CUSTOM_ID, label: 'Verify', style: 'primary' }] }],
  };
};
