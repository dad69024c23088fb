import type { InteractionRef, InteractionResponse, Platform, SlashCommandDefinition } from '../platform/Platform.js';
import type { AnyModuleContext, CommandHandler, ComponentHandler, ComponentInteraction } from './defineModule.js';
import type { DomainEvent, DomainEventOf } from './DomainEvent.js';

/** A module as the router sees it: its id, slash commands and component handlers. */
export interface RoutedModule {
  id: string;
  commands: readonly CommandHandler<AnyModuleContext>[];
  components: readonly ComponentHandler<AnyModuleContext>[];
}

/** What the router needs from the engine. */
export interface InteractionRouterOptions {
  platform: Platform;
  /** The context of a module, by id. */
  context(moduleId: string): AnyModuleContext;
  /** Records a failure of a module's handler (or of the answer to Discord). */
  failed(event: DomainEvent, moduleId: string, error: unknown): Promise<void>;
}

type Owned<H> = { moduleId: string; handler: H };

const APOLOGY = 'Something went wrong running that command; the team has been told.';

/**
 * Routes interactions to the module that owns them and answers them exactly once: slash
 * commands by name, buttons / select menus / modals by custom id prefix. A failing handler
 * becomes an ephemeral apology and a recorded failure; an interaction nobody owns (a button of
 * a module since disabled) gets an ephemeral "no longer available".
 */
export class InteractionRouter {
  readonly #options: InteractionRouterOptions;
  readonly #commands = new Map<string, Owned<CommandHandler<AnyModuleContext>>>();
  readonly #components: Owned<ComponentHandler<AnyModuleContext>>[] = [];

  /**
   * @param modules - the enabled modules, in module-list order
   * @param options - platform, module contexts, failure recording
   * @throws Error when two modules declare the same command, or a prefix is not the module's
   */
  constructor(modules: readonly RoutedModule[], options: InteractionRouterOptions) {
    this.#options = options;
    for (const module of modules) {
      for (const handler of module.commands) {
        const name = handler.definition.name;
        const owner = this.#commands.get(name);
        if (owner !== undefined) {
          throw new Error(`command /${name} is declared by ${owner.moduleId} and ${module.id}`);
        }
        this.#commands.set(name, { moduleId: module.id, handler });
      }
      for (const handler of module.components) {
        if (!handler.customIdPrefix.startsWith(`${module.id}:`)) {
          throw new Error(
            `component prefix "${handler.customIdPrefix}" of ${module.id} must start with "${module.id}:"`,
          );
        }
        this.#components.push({ moduleId: module.id, handler });
      }
    }
  }

  /** Slash commands of the enabled modules, to register with the platform. */
  commandDefinitions(): SlashCommandDefinition[] {
    return [...this.#commands.values()].map((c) => c.handler.definition);
  }

  /** Runs a slash command and answers it. Never rejects. */
  async command(event: DomainEventOf<'interaction.command'>): Promise<void> {
    const command = this.#commands.get(event.payload.commandName);
    if (command === undefined) {
      const reply = { content: `/${event.payload.commandName} is not available in this community.`, ephemeral: true };
      await this.#answer(event, 'engine', reply);
      return;
    }
    const response = await this.#run(event, command.moduleId, () =>
      command.handler.handle(event, this.#options.context(command.moduleId)),
    );
    await this.#answer(event, command.moduleId, response);
  }

  /**
   * Runs the component handler owning the custom id and answers. Never rejects.
   * @param event - a button, select or modal interaction
   * @param answerUnowned - answer "no longer available" when no handler owns it (false when a
   *   module subscribed to the event type answers by itself)
   */
  async component(event: ComponentInteraction, answerUnowned: boolean): Promise<void> {
    const owned = this.#findComponent(event.payload.customId);
    if (owned === undefined) {
      if (answerUnowned) {
        await this.#answer(event, 'engine', { content: 'This is no longer available.', ephemeral: true });
      }
      return;
    }
    const response = await this.#run(event, owned.moduleId, () =>
      owned.handler.handle(event, this.#options.context(owned.moduleId)),
    );
    await this.#answer(event, owned.moduleId, response);
  }

  #findComponent(customId: string): Owned<ComponentHandler<AnyModuleContext>> | undefined {
    return this.#components.find((c) => customId.startsWith(c.handler.customIdPrefix));
  }

  async #run(
    event: DomainEvent,
    moduleId: string,
    handle: () => Promise<InteractionResponse>,
  ): Promise<InteractionResponse> {
    try {
      return await handle();
    } catch (error) {
      await this.#options.failed(event, moduleId, error);
      return { content: APOLOGY, ephemeral: true };
    }
  }

  async #answer(
    event: DomainEventOf<'interaction.command'> | ComponentInteraction,
    moduleId: string,
    response: InteractionResponse,
  ): Promise<void> {
    const { interactionId, token, channelId, userId } = event.payload;
    const ref: InteractionRef = { interactionId, token, channelId, userId };
    try {
      if ('modal' in response) await this.#options.platform.showModal(ref, response.modal);
      else await this.#options.platform.respondToInteraction(ref, response);
    } catch (error) {
      await this.#options.failed(event, moduleId, error);
    }
  }
}
