import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  chooseInSelectMenu,
  clickButton,
  clickDirectMessageButton,
  pressReplyComponent,
  runCommand,
  submitModal,
  type CommandRun,
  type InteractionAnswer,
} from '../api/sandboxApi.js';
import type { InteractionTrigger, ReplyComponentActions, ShownReply } from './InteractionReplyView.js';
import type { MessageComponentActions } from './MessageList.js';
import type { ShownModal } from './ModalDialog.js';
import { interactionQuery } from './sandboxQueries.js';
import type { ActionRunner } from './useActionRunner.js';

/** The member (or banned user) the panel acts as. */
export interface Actor {
  userId: string;
  name: string;
  /** False for a banned user: only the buttons of their DMs work for them. */
  inGuild: boolean;
}

/** What the panel needs to start interactions and show their answers. */
export interface Interactions {
  /** The latest answer, until dismissed or another interaction. */
  reply: ShownReply | null;
  dismissReply: () => void;
  /** The form waiting to be filled in, if any. */
  modal: ShownModal | null;
  /** The last submission's failure, shown in the form. */
  modalError: string | null;
  /**
   * Runs a slash command (never rejects); resolves whether it ran.
   * @param run - the command, subcommand and options
   * @param label - how the answer names it, e.g. `leaderboard period: all time` (default: the name)
   */
  runCommand: (run: CommandRun, label?: string) => Promise<boolean>;
  /** Buttons and menus on the channel's messages. */
  channelActions: MessageComponentActions;
  /** Buttons on the member's direct messages. */
  dmActions: MessageComponentActions;
  /** Buttons and menus on the answer shown (an ephemeral one's too), for the member it was shown to. */
  replyActions: ReplyComponentActions;
  /** Submits the open form (never rejects); on failure it stays open with its values. */
  submitModal: (fields: Record<string, string>) => void;
  cancelModal: () => void;
}

const NOBODY = 'Pick a member to act as them';
/** How often a deferred answer is read again. */
const THINKING_POLL_MS = 400;

/**
 * Slash commands, message components and modals, started as the member the panel acts as.
 * Each answer is shown where it happened: a reply (see InteractionReplyView) or a form (see
 * ModalDialog), whose submission is answered the same way.
 * @param actor - who acts; null when no member is picked
 * @param channelId - the channel shown
 * @param runner - runs each call, then refreshes messages and DMs
 */
export function useInteractions(actor: Actor | null, channelId: string | null, runner: ActionRunner): Interactions {
  const [reply, setReply] = useState<ShownReply | null>(null);
  const [modal, setModal] = useState<ShownModal | null>(null);
  const [modalError, setModalError] = useState<string | null>(null);
  const { act, busy } = runner;
  // Deferred: the answer shows "thinking…" and is read again until the module edits it in.
  const thinkingId = reply?.thinking === true ? reply.interactionId : null;
  const latest = useQuery({
    ...interactionQuery(thinkingId ?? ''),
    enabled: thinkingId !== null,
    refetchInterval: (query) => (query.state.data?.thinking === false ? false : THINKING_POLL_MS),
  });
  const shownReply =
    reply !== null && latest.data !== undefined && latest.data.interactionId === reply.interactionId
      ? { ...reply, reply: latest.data.reply, thinking: latest.data.thinking }
      : reply;

  /** Starts an interaction as `who` and shows the answer. */
  const interact = async (
    who: Actor,
    trigger: InteractionTrigger,
    place: ShownReply['place'],
    call: () => Promise<InteractionAnswer>,
    showError?: (message: string) => void,
  ): Promise<boolean> =>
    act(async () => {
      const answer = await call();
      setModal(
        answer.modal === null
          ? null
          : {
              interactionId: answer.interactionId,
              userId: who.userId,
              memberName: who.name,
              spec: answer.modal,
              place,
            },
      );
      setModalError(null);
      const shown = (latest: InteractionAnswer): ShownReply => ({
        trigger,
        interactionId: latest.interactionId,
        userId: who.userId,
        memberName: who.name,
        reply: latest.reply,
        place,
        thinking: latest.thinking,
      });
      setReply(answer.modal === null ? shown(answer) : null);
    }, showError);

  const blockedReason = actor === null ? NOBODY : null;
  const outside = actor !== null && !actor.inGuild ? `${actor.name} is not in the server` : null;
  const channelActions: MessageComponentActions = {
    blockedReason: channelId === null ? 'Pick a channel' : (blockedReason ?? outside),
    busy,
    onButton: (messageId, button) => {
      if (actor === null || !actor.inGuild || channelId === null) return;
      void interact(actor, { kind: 'button', label: button.label }, 'channel', () =>
        clickButton({ userId: actor.userId, channelId, messageId, customId: button.customId }),
      );
    },
    onSelect: (messageId, select, values) => {
      if (actor === null || !actor.inGuild || channelId === null) return;
      const labels = values.map((value) => select.options.find((o) => o.value === value)?.label ?? value);
      void interact(actor, { kind: 'select', labels }, 'channel', () =>
        chooseInSelectMenu({ userId: actor.userId, channelId, messageId, customId: select.customId, values }),
      );
    },
  };
  const dmActions: MessageComponentActions = {
    blockedReason,
    busy,
    onButton: (messageId, button) => {
      if (actor === null) return;
      void interact(actor, { kind: 'button', label: button.label }, 'dm', () =>
        clickDirectMessageButton({ userId: actor.userId, messageId, customId: button.customId }),
      );
    },
    onSelect: () => {
      void act(() => Promise.reject(new Error('The sandbox answers buttons in direct messages, not select menus')));
    },
  };

  // The member the answer was shown to acts, whoever the panel acts as now.
  const replyActions: ReplyComponentActions = {
    busy,
    onButton: (shown, button) => {
      const who = { userId: shown.userId, name: shown.memberName, inGuild: actor?.inGuild ?? true };
      void interact(who, { kind: 'button', label: button.label }, shown.place, () =>
        pressReplyComponent(shown.interactionId, { userId: shown.userId, customId: button.customId }),
      );
    },
    onSelect: (shown, select, values) => {
      const who = { userId: shown.userId, name: shown.memberName, inGuild: actor?.inGuild ?? true };
      const labels = values.map((value) => select.options.find((o) => o.value === value)?.label ?? value);
      void interact(who, { kind: 'select', labels }, shown.place, () =>
        pressReplyComponent(shown.interactionId, { userId: shown.userId, customId: select.customId, values }),
      );
    },
  };

  return {
    reply: shownReply,
    dismissReply: () => setReply(null),
    replyActions,
    modal,
    modalError,
    runCommand: async (run, label) => {
      if (actor === null || !actor.inGuild || channelId === null) return false;
      const name = label ?? [run.name, run.subcommand].filter((part) => part !== undefined).join(' ');
      // A message command (Apps → "Mark as solution") is named as the app it is, not as /name.
      const trigger =
        run.targetMessageId === undefined ? ({ kind: 'command', name } as const) : ({ kind: 'app', name } as const);
      return interact(actor, trigger, 'channel', () => runCommand(actor.userId, channelId, run));
    },
    channelActions,
    dmActions,
    submitModal: (fields) => {
      if (modal === null) return;
      const who = { userId: modal.userId, name: modal.memberName, inGuild: actor?.inGuild ?? true };
      void interact(
        who,
        { kind: 'modal', title: modal.spec.title },
        modal.place,
        () => submitModal({ userId: modal.userId, interactionId: modal.interactionId, fields }),
        setModalError,
      );
    },
    cancelModal: () => {
      setModal(null);
      setModalError(null);
    },
  };
}
