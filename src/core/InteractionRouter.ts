import type { InteractionRef, InteractionResponse, Platform, SlashCommandDefinition } from '../platform/Platform.js';
import type { AnyModuleContext, CommandHandler, ComponentHandler, ComponentInteraction } from './defineModule.js';
import type { DomainEvent, DomainEventOf } from './DomainEvent.js';
import type { InteractionProgress } from './InteractionProgress.js';
import type { InteractionAnswers } from './outbox/InteractionAnswers.js';

/** A module as the router sees it: its id, slash commands and component handlers. */
export interface RoutedModule {
  id: string;
  commands: readonly CommandHandler<AnyModuleContext>[];
  components: readonly ComponentHandler<AnyModuleContext>[];
}

/** What the router needs from the engine. */
export interface InteractionRouterOptions {
  /** Where the router's own answers go (the outbox platform of the engine). */
  platform: Platform;
  /**
   * Defers an interaction whose answer has not gone out in time (and lets handlers defer and
   * show progress); the same object the outbox answers through.
   */
  answers: InteractionAnswers;
  /** The context of a module, by id. */
  context(moduleId: string): AnyModuleContext;
  /**
   * Runs a handler's work as a unit of work named `handler` (skipped when it is in `done`);
   * throws what the work threw after rolling it back.
   */
  unit(event: DomainEvent, handler: string, done: ReadonlySet<string>, work: () => Promise<void>): Promise<void>;
  /** Records a failure of a module's handler (or of the answer to Discord). */
  failed(event: DomainEvent, moduleId: string, error: unknown): Promise<void>;
}

type Owned<H> = { moduleId: string; handler: H };

const APOLOGY = 'Something went wrong running that command; the team has been told.';

/**
 * Routes interactions to the module that owns them and answers them exactly once: slash
 * commands by name, buttons / select menus / modals by custom id prefix. A failing handler
 * becomes an ephemeral apology and a recorded failure; an interaction nobody owns (a button of
 * a module since disabled) gets an ephemeral "no longer available". Every interaction it
 * answers is watched ({@link InteractionAnswers.watch}): one whose answer has not gone out 2 s
 * after it arrived is deferred at once, and the answer becomes an edit of the deferred reply.
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

  /**
   * Runs a slash command and answers it. Never rejects.
   * @param receivedAt - when it reached this process (epoch ms): the deferral timer counts from it
   */
  async command(
    event: DomainEventOf<'interaction.command'>,
    done: ReadonlySet<string>,
    receivedAt: number,
  ): Promise<void> {
    const command = this.#commands.get(event.payload.commandName);
    this.#options.answers.watch(refOf(event), receivedAt);
    if (command === undefined) {
      const reply = { content: `/${event.payload.commandName} is not available in this community.`, ephemeral: true };
      await this.#answer(event, 'engine', reply, done);
      return;
    }
    await this.#run(event, command.moduleId, done, (ctx, progress) => command.handler.handle(event, ctx, progress));
  }

  /**
   * Runs the component handler owning the custom id and answers. Never rejects.
   * @param event - a button, select or modal interaction
   * @param answerUnowned - answer "no longer available" when no handler owns it (false when a
   *   module subscribed to the event type answers by itself)
   * @param receivedAt - when it reached this process (epoch ms): the deferral timer counts from it
   */
  async component(
    event: ComponentInteraction,
    answerUnowned: boolean,
    done: ReadonlySet<string>,
    receivedAt: number,
  ): Promise<void> {
    const owned = this.#findComponent(event.payload.customId);
    if (owned === undefined) {
      if (answerUnowned) {
        this.#options.answers.watch(refOf(event), receivedAt);
        const reply = { content: 'This is no longer available.', ephemeral: true };
        await this.#answer(event, 'engine', reply, done);
      }
      return;
    }
    this.#options.answers.watch(refOf(event), receivedAt);
    await this.#run(event, owned.moduleId, done, (ctx, progress) => owned.handler.handle(event, ctx, progress));
  }

  #findComponent(customId: string): Owned<ComponentHandler<AnyModuleContext>> | undefined {
    return this.#components.find((c) => customId.startsWith(c.handler.customIdPrefix));
  }

  /**
   * Runs the handler and queues its answer in one unit of work (the answer goes out once the
   * handler's changes are committed); when it throws, nothing it did stays and the member gets
   * an apology at once.
   */
  async #run(
    event: DomainEventOf<'interaction.command'> | ComponentInteraction,
    moduleId: string,
    done: ReadonlySet<string>,
    handle: (ctx: AnyModuleContext, progress: InteractionProgress) => Promise<InteractionResponse>,
  ): Promise<void> {
    const ctx = this.#options.context(moduleId);
    const { answers } = this.#options;
    const ref = refOf(event);
    const progress: InteractionProgress = {
      defer: () => void answers.defer(ref),
      update: (reply) => void answers.progress(ref, reply),
    };
    try {
      await this.#options.unit(event, `${moduleId}/interaction`, done, async () => {
        const response = await handle(ctx, progress);
        await this.#send(ctx.platform, event, response);
      });
    } catch (error) {
      await this.#options.failed(event, moduleId, error);
      await this.#answer(event, moduleId, { content: APOLOGY, ephemeral: true }, done);
    }
  }

  /**
   * Answers for the router itself (unknown command, apology), queued in a unit of its own so
   * answers keep their order; a failure is recorded as the module's.
   */
  async #answer(
    event: DomainEventOf<'interaction.command'> | ComponentInteraction,
    moduleId: string,
    response: InteractionResponse,
    done: ReadonlySet<string>,
  ): Promise<void> {
    try {
      await this.#options.unit(event, `${moduleId}/answer`, done, () =>
        this.#send(this.#options.platform, event, response),
      );
    } catch (error) {
      await this.#options.failed(event, moduleId, error);
    }
  }

  async #send(
    platform: Platform,
    event: DomainEventOf<'interaction.command'> | ComponentInteraction,
    response: InteractionResponse,
  ): Promise<void> {
    const ref = refOf(event);
    if ('modal' in response) await platform.showModal(ref, response.modal);
    else await platform.respondToInteraction(ref, response);
  }
}

/** What answering the interaction needs from its event. */
function refOf(event: DomainEventOf<'interaction.command'> | ComponentInteraction): InteractionRef {
  const { interactionId, token, channelId, userId } = event.payload;
  return { interactionId, token, channelId, userId };
}
