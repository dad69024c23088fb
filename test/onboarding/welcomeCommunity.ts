import { stringify } from 'yaml';
import { domainEvent } from '../../src/core/DomainEvent.js';
import type { InteractionReply } from '../../src/platform/Platform.js';
import type { SandboxMessage } from '../../src/platform/sandbox/sandboxViews.js';
import { openSandboxCommunity, type SandboxCommunity } from '../sandboxCommunity.js';

/** Two member types whose roles and channels partly exist in the seeded sandbox. */
export const TWO_TYPES = [
  {
    id: 'developer',
    label: 'Developer',
    emoji: '💻',
    title: 'Welcome, fellow developer!',
    message: 'Share code and get feedback.',
    channels: ['general', 'dev-general', 'showcase'],
    roles: ['Developer', 'Ghost Role'],
  },
  {
    id: 'designer',
    label: 'Designer',
    title: 'Welcome, creative mind!',
    message: 'Share your designs.',
    channels: ['showcase'],
    roles: ['Designer'],
  },
];

/**
 * community.yaml for the welcome tests: the given onboarding section over the defaults, the
 * journey and re-engagement off (their own tests cover them), and the modules that would act
 * on the members' posts quiet.
 * @param onboarding - keys of the onboarding section
 */
export function welcomeConfig(onboarding: Record<string, unknown> = {}): string {
  return stringify({
    version: 1,
    community: { name: 'Test Community' },
    privacy: { messageContentDays: 0 },
    analytics: { enabled: false },
    automod: { builtInRules: { 'new-member-spam': false } },
    onboarding: { memberTypes: TWO_TYPES, journey: [], reengagement: { enabled: false }, ...onboarding },
  });
}

/** The sandbox community with the types' roles created (below the bot's). */
export async function openWelcomeCommunity(config: string = welcomeConfig()): Promise<SandboxCommunity> {
  const c = await openSandboxCommunity(config);
  await c.sandbox.createRoleAsOwner({ name: 'Developer', position: 1 });
  await c.sandbox.createRoleAsOwner({ name: 'Designer', position: 1 });
  return c;
}

/** The role's id in the live sandbox guild (roles made after seeding included). */
export async function roleId(c: SandboxCommunity, name: string): Promise<string> {
  const role = (await c.sandbox.listRoles()).find((r) => r.name === name);
  if (role === undefined) throw new Error(`no role ${name}`);
  return role.id;
}

/** The bot's welcome of a member in #welcome. */
export async function welcomeOf(c: SandboxCommunity, userId: string): Promise<SandboxMessage> {
  const messages = await c.sandbox.listMessages(c.channel('welcome').id);
  const found = messages.find((m) => m.authorBot && m.components.length > 0 && m.content.includes(`<@${userId}>`));
  if (found === undefined) throw new Error(`no welcome for ${userId}`);
  return found;
}

/** Presses a button of a message as a member; returns the bot's answer. */
export async function press(
  c: SandboxCommunity,
  userId: string,
  message: SandboxMessage,
  customId: string,
): Promise<InteractionReply | null> {
  const { interactionId } = await c.sandbox.clickButton({
    userId,
    channelId: message.channelId,
    messageId: message.id,
    customId,
  });
  await c.settle();
  return (await c.sandbox.getInteraction(interactionId))?.reply ?? null;
}

/** Chooses a value of a message's select menu as a member; returns the bot's answer. */
export async function choose(
  c: SandboxCommunity,
  userId: string,
  message: SandboxMessage,
  customId: string,
  value: string,
): Promise<InteractionReply | null> {
  const { interactionId } = await c.sandbox.selectMenu({
    userId,
    channelId: message.channelId,
    messageId: message.id,
    customId,
    values: [value],
  });
  await c.settle();
  return (await c.sandbox.getInteraction(interactionId))?.reply ?? null;
}

/** Delivers what Discord sends when membership screening holds a member back or lets them in. */
export async function screening(c: SandboxCommunity, userId: string, pending: boolean): Promise<void> {
  const member = await c.sandbox.getMember(userId);
  await c.engine.ingest(
    domainEvent('member.updated', {
      id: `test:screening:${userId}:${pending}`,
      guildId: c.guild.id,
      occurredAt: c.clock.now(),
      source: 'sandbox',
      payload: { userId, roles: member?.roles ?? [], previousRoles: null, nickname: null, pending },
    }),
  );
  await c.settle();
}

/** Onboarding events emitted, with their payloads, oldest first. */
export async function emitted(c: SandboxCommunity, type: string): Promise<unknown[]> {
  const rows = await c.store.db
    .selectFrom('event_log')
    .select('payload')
    .where('type', '=', type)
    .orderBy('seq')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as unknown);
}
