import type { ComponentHandler } from '../../../../core/defineModule.js';
import type { InteractionResponse } from '../../../../platform/Platform.js';
import type { GithubContext } from '../../GithubContext.js';
import { fetchGithubProfile } from '../fetchGithubProfile.js';
import { textsHoldCode } from '../linkCodes.js';
import { deletePendingCode, linkOfLogin, pendingCodeOf, saveLink } from '../linkStore.js';
import { VERIFY_CUSTOM_ID } from './verifyCustomId.js';

const privately = (content: string): InteractionResponse => ({ content, ephemeral: true });

/**
 * The Verify button of `/github link`: reads the claimed account's bio and public gists on
 * GitHub (deferred first: GitHub may take longer than Discord waits) and links the member when
 * their code is there. The code is used up; another member's link of the login wins.
 */
export const verifyButton: ComponentHandler<GithubContext> = {
  customIdPrefix: VERIFY_CUSTOM_ID,
  async handle(interaction, ctx, progress) {
    const { userId } = interaction.payload;
    const guildId = interaction.guildId;
    // Only reads before the network call: the unit's transaction begins at its first write.
    const pending = await pendingCodeOf(ctx, guildId, userId);
    if (pending === undefined) return privately('You have no verification in progress: run `/github link` first.');
    if (pending.expires_at <= ctx.clock.now()) {
      await deletePendingCode(ctx, guildId, userId);
      return privately('Your code has expired: run `/github link` again for a new one.');
    }
    progress.defer();
    const profile = await fetchGithubProfile(pending.login, process.env.GITHUB_TOKEN);
    if (profile === 'not_found') return privately(`GitHub has no account **${pending.login}**.`);
    if (profile === 'unavailable') return privately('GitHub did not answer: press Verify again in a minute.');
    const method = textsHoldCode([profile.bio], pending.code_hash)
      ? 'bio'
      : textsHoldCode(profile.gistDescriptions, pending.code_hash)
        ? 'gist'
        : null;
    if (method === null) {
      return privately(
        `Your code is not in **${profile.login}**'s bio or public gists yet. Add it, wait a moment, and press Verify again.`,
      );
    }
    // Again after the wait: another press may have used the code, another member the login.
    const still = await pendingCodeOf(ctx, guildId, userId);
    if (still?.code_hash !== pending.code_hash) return privately('That code was already used or replaced.');
    const holder = await linkOfLogin(ctx, guildId, pending.login);
    if (holder !== undefined && holder.user_id !== userId) {
      await deletePendingCode(ctx, guildId, userId);
      return privately(`**${holder.display_login}** is already linked to another member. Ask staff if it is yours.`);
    }
    await deletePendingCode(ctx, guildId, userId);
    await saveLink(ctx, guildId, { userId, displayLogin: profile.login, githubId: profile.id, method, by: userId });
    await ctx.emit(
      'github.account_linked',
      { userId, method, by: userId },
      { key: `linked:${interaction.payload.interactionId}`, guildId },
    );
    return privately(
      `Linked: you are **${profile.login}** on GitHub. Merged pull requests, reviews and bug reports now earn you points; you can remove the code from GitHub.`,
    );
  },
};
