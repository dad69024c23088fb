import type { GithubContext } from '../../GithubContext.js';
import { accountsDb } from '../accountsTables.js';

/** The contribution kinds GitHub activity earns. */
export type GithubCreditKind = 'code_contribution' | 'code_review' | 'bug_reported';

/** One fact to credit. */
export interface Credit {
  kind: GithubCreditKind;
  /** The pull request, review or issue URL: the fact's identity. */
  sourceId: string;
  userId: string;
  login: string;
  deliveryId: string;
}

/**
 * Credits a member once per fact: a row in `github_credits` (a second delivery of the same
 * pull request, review or issue finds it and credits nothing), `contribution.recorded` for
 * recognition and `github.contribution_credited`. Answers whether it credited.
 * @param ctx - module context
 * @param guildId - the guild
 * @param credit - the fact and the member
 */
export async function creditMember(ctx: GithubContext, guildId: string, credit: Credit): Promise<boolean> {
  const inserted = await accountsDb(ctx.db)
    .insertInto('github_credits')
    .values({
      guild_id: guildId,
      kind: credit.kind,
      source_id: credit.sourceId,
      user_id: credit.userId,
      login: credit.login.toLowerCase(),
      delivery_id: credit.deliveryId,
      credited_at: ctx.clock.now(),
    })
    .onConflict((oc) => oc.columns(['guild_id', 'kind', 'source_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
  const key = `credit:${credit.kind}:${credit.sourceId}`;
  await ctx.emit(
    'contribution.recorded',
    { userId: credit.userId, kind: credit.kind, sourceId: credit.sourceId },
    { key, guildId },
  );
  await ctx.emit(
    'github.contribution_credited',
    { userId: credit.userId, kind: credit.kind, sourceId: credit.sourceId, deliveryId: credit.deliveryId },
    { key, guildId },
  );
  return true;
}
