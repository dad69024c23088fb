import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { OnboardingContext } from '../OnboardingContext.js';
import { journeyStatus } from './journeyStatus.js';
import { privately } from './privately.js';
import { setDmPreference } from './setDmPreference.js';
import { stopJourney } from './stopJourney.js';

/**
 * `/onboarding stop` (no more journey tips), `/onboarding dms allowed:<true|false>` (journey
 * tips by DM or not: opting in here is the member's own request) and `/onboarding status`
 * (the member's steps, when due and what happened). Every answer is ephemeral and comes from
 * a few reads and writes, well within Discord's 3 seconds.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const onboardingCommand: CommandHandler<OnboardingContext> = {
  definition: {
    name: 'onboarding',
    description: 'Your onboarding tips: stop them, get them by DM, or see where you are',
    options: [
      { type: 'subcommand', name: 'stop', description: 'Stop your onboarding tips' },
      {
        type: 'subcommand',
        name: 'dms',
        description: 'Get your onboarding tips by DM, or no longer',
        options: [
          { name: 'allowed', description: 'True: by DM; false: in the server', type: 'boolean', required: true },
        ],
      },
      { type: 'subcommand', name: 'status', description: 'Your onboarding steps: when and what happened' },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'stop':
        return stop(interaction, ctx);
      case 'dms':
        return dms(interaction, ctx);
      case 'status':
        return privately(await journeyStatus(ctx, interaction.guildId, interaction.payload.userId));
      case null:
      default:
        return privately('Choose /onboarding stop, /onboarding dms or /onboarding status.');
    }
  },
};

async function stop(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: OnboardingContext,
): Promise<InteractionReply> {
  const who = { guildId: interaction.guildId, userId: interaction.payload.userId };
  if (await stopJourney(ctx, who, 'member', interaction.payload.interactionId)) {
    return privately('Done: no more onboarding tips. Welcome aboard!');
  }
  return privately('You have no onboarding tips running.');
}

async function dms(
  interaction: DomainEventOf<'interaction.command'>,
  ctx: OnboardingContext,
): Promise<InteractionReply> {
  const allowed = interaction.payload.options.allowed;
  if (typeof allowed !== 'boolean') return privately('Say allowed:True or allowed:False.');
  const who = { guildId: interaction.guildId, userId: interaction.payload.userId };
  const outcome = await setDmPreference(ctx, who, allowed, interaction.payload.interactionId);
  if (outcome === 'unknown_member') return privately('Guildhall has no onboarding for you in this server.');
  if (allowed) {
    return privately(
      outcome === 'changed'
        ? 'Your next onboarding tips come by DM. If your DMs are closed they come in the server instead; `/onboarding dms allowed:False` stops the DMs.'
        : 'Your onboarding tips already come by DM.',
    );
  }
  return privately(
    outcome === 'changed'
      ? 'No more DMs: your next tips come in the server.'
      : 'Your onboarding tips already come in the server.',
  );
}
