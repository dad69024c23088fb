import type { DomainEventOf } from '../../../../core/DomainEvent.js';
import type { GithubContext } from '../../GithubContext.js';
import { discordIdsFor } from '../linkedMembers.js';
import { isBotActor } from '../githubLogin.js';
import { creditMember } from './creditMember.js';
import { factsOf } from './creditsOf.js';
import { postThanks } from './postThanks.js';

/**
 * `github.delivery_received`: credits the linked members (verified links, then the mention
 * mapping) for what the delivery shows, once per fact, and thanks a merged pull request's
 * author. Unlinked logins and bots earn nothing.
 * @param event - the delivery
 * @param ctx - module context
 */
export async function onDelivery(event: DomainEventOf<'github.delivery_received'>, ctx: GithubContext): Promise<void> {
  const delivery = event.payload;
  const guildId = event.guildId;
  const facts = factsOf(delivery, ctx.config.accounts);
  const subject = delivery.subject;
  const merged = subject?.kind === 'pull_request' && delivery.action === 'closed' && subject.merged;
  const logins = [...facts.map((f) => f.login), ...(merged ? [subject.author.login] : [])];
  if (logins.length === 0) return;
  const members = await discordIdsFor(ctx, guildId, logins);
  for (const fact of facts) {
    const userId = members.get(fact.login.toLowerCase());
    if (userId === undefined) continue;
    await creditMember(ctx, guildId, { ...fact, userId, deliveryId: delivery.deliveryId });
  }
  if (merged && ctx.config.accounts.thanks.enabled && !isBotActor(subject.author)) {
    await postThanks(ctx, guildId, delivery, members.get(subject.author.login.toLowerCase()) ?? null);
  }
}
