import { parseLogin } from '../githubLogin.js';
import { discordIdsFor } from '../linkedMembers.js';
import { linkOfLogin, linkOfMember } from '../linkStore.js';
import { privately, type AccountsSubcommand } from './AccountsSubcommand.js';

/** `/github whois member:<m>` or `login:<l>`: who is who, from verified links then the mention mapping. */
export const whoisSubcommand: AccountsSubcommand = async (interaction, ctx) => {
  const { options } = interaction.payload;
  const guildId = interaction.guildId;
  if (typeof options.member === 'string') {
    const link = await linkOfMember(ctx, guildId, options.member);
    if (link !== undefined) {
      return privately(
        `<@${options.member}> is **${link.display_login}** on GitHub (linked <t:${Math.floor(link.linked_at / 1000)}:D>).`,
      );
    }
    const mapped = Object.entries(ctx.config.accounts.mentionMapping).find(([, id]) => id === options.member);
    return privately(
      mapped === undefined
        ? `<@${options.member}> has no linked GitHub account.`
        : `<@${options.member}> is **${mapped[0]}** on GitHub (from the mention mapping).`,
    );
  }
  if (typeof options.login === 'string') {
    const login = parseLogin(options.login);
    if (login === null) return privately('That is not a GitHub login.');
    const link = await linkOfLogin(ctx, guildId, login);
    if (link !== undefined) return privately(`**${link.display_login}** is <@${link.user_id}>.`);
    const mapped = (await discordIdsFor(ctx, guildId, [login])).get(login);
    return privately(
      mapped === undefined
        ? `**${login}** is not linked to any member.`
        : `**${login}** is <@${mapped}> (from the mention mapping).`,
    );
  }
  return privately('Give a member or a login: `/github whois member:@someone` or `/github whois login:octocat`.');
};
