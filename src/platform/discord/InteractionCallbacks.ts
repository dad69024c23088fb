import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import type { InteractionRef, InteractionReply } from '../Platform.js';
import { InvalidRequest } from '../PlatformError.js';
import { deferCallback, sendCallback, type InteractionCallback } from './interactionActions.js';
import type { PlatformRest } from './platformRest.js';

/**
 * Where the first answers of interactions received on the HTTP interactions endpoint go
 * (`src/store/InteractionAcks.ts`): the endpoint sends them as its HTTP response.
 */
export interface HttpInteractionAcks {
  /**
   * @param interactionId - the interaction
   * @param response - the interaction response
   * @returns `claimed` (it goes as the HTTP response), `deferred` (the endpoint deferred it),
   *   `answered` (an earlier answer went) or `none` (not received over HTTP)
   */
  claim(interactionId: string, response: unknown): Promise<'claimed' | 'deferred' | 'answered' | 'none'>;
}

/**
 * Sends an interaction's first answer: with the callback request, or, for an interaction
 * received over HTTP, as the endpoint's HTTP response (which cannot carry files: an answer with
 * files goes as a deferral there, then as an edit of it). An interaction acknowledged already
 * fails as Discord fails it (40060), so the caller edits the original instead.
 */
export class InteractionCallbacks {
  readonly #rest: PlatformRest;
  readonly #acks: HttpInteractionAcks | undefined;
  readonly #editReply: (interaction: InteractionRef, reply: InteractionReply) => Promise<void>;

  /**
   * @param rest - discord.js's REST client
   * @param acks - the HTTP endpoint's first answers (none: every interaction came over the gateway)
   * @param editReply - edits the original response (for an answer with files)
   */
  constructor(
    rest: PlatformRest,
    acks: HttpInteractionAcks | undefined,
    editReply: (interaction: InteractionRef, reply: InteractionReply) => Promise<void>,
  ) {
    this.#rest = rest;
    this.#acks = acks;
    this.#editReply = editReply;
  }

  /**
   * @param interaction - id and token
   * @param callback - the first answer
   * @param reply - the message it carries, when it is one (its files, its visibility)
   * @param afterDeferral - what replaces this answer when the endpoint deferred the interaction
   *   first and it cannot follow a deferral (a form)
   * @throws InvalidRequest (40060) when the interaction was acknowledged already
   */
  async send(
    interaction: InteractionRef,
    callback: InteractionCallback,
    reply?: InteractionReply,
    afterDeferral?: InteractionReply,
  ): Promise<void> {
    if (this.#acks === undefined) return sendCallback(this.#rest, interaction, callback);
    const withFiles = reply !== undefined && (callback.files.files?.length ?? 0) > 0;
    const first = withFiles ? deferCallback({ ephemeral: reply.ephemeral === true }).body : callback.body;
    const claim = await this.#acks.claim(interaction.interactionId, first);
    if (claim === 'none') return sendCallback(this.#rest, interaction, callback);
    if (claim === 'deferred' && afterDeferral !== undefined) return this.#editReply(interaction, afterDeferral);
    if (claim !== 'claimed') {
      throw new InvalidRequest(
        'Interaction has already been acknowledged.',
        DISCORD_ERROR_CODES.interactionAlreadyAcknowledged,
      );
    }
    if (withFiles) await this.#editReply(interaction, reply);
  }
}
