import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { standingsQuery } from '../api/dashboardQueries.js';
import { describeError } from '../api/http.js';
import {
  addMember,
  addReaction,
  createThread,
  postMessage,
  removeReaction,
  type ChannelSnapshot,
} from '../api/sandboxApi.js';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { Panel } from '../components/Panel.js';
import { AddMemberForm } from '../sandbox/AddMemberForm.js';
import { BannedDetails } from '../sandbox/BannedDetails.js';
import { BannedList } from '../sandbox/BannedList.js';
import { ChannelList } from '../sandbox/ChannelList.js';
import { channelChat } from '../sandbox/chatMessages.js';
import { CommandForm } from '../sandbox/CommandForm.js';
import { Composer } from '../sandbox/Composer.js';
import { ForumPosts } from '../sandbox/ForumPosts.js';
import { MentionPicker } from '../sandbox/MentionPicker.js';
import type { MessageActions } from '../sandbox/MessageExtras.js';
import { InteractionReplyView } from '../sandbox/InteractionReplyView.js';
import { MemberDetails } from '../sandbox/MemberDetails.js';
import { MemberList } from '../sandbox/MemberList.js';
import { MessageList } from '../sandbox/MessageList.js';
import { ModalDialog } from '../sandbox/ModalDialog.js';
import { sandboxNames } from '../sandbox/SandboxNames.js';
import { ScheduledEventsList } from '../sandbox/ScheduledEventsList.js';
import { ThreadState } from '../sandbox/ThreadState.js';
import {
  SANDBOX_POLL_MS,
  SANDBOX_SLOW_POLL_MS,
  bansQuery,
  channelsQuery,
  commandsQuery,
  directMessagesQuery,
  guildQuery,
  membersQuery,
  messagesQuery,
} from '../sandbox/sandboxQueries.js';
import { useActionRunner } from '../sandbox/useActionRunner.js';
import { useInteractions } from '../sandbox/useInteractions.js';

/**
 * Plays the community locally: add members, post as them (Discord markdown, mentions), react,
 * start threads and forum posts, run any slash command with its options, click the bot's
 * buttons and fill in its forms, and watch what the modules do (welcome message, roles, DMs,
 * points). Every action invalidates the sandbox's queries; they also refresh every 2 s.
 */
export function SandboxPage() {
  const guild = useQuery({ ...guildQuery, refetchInterval: SANDBOX_SLOW_POLL_MS });
  const members = useQuery({ ...membersQuery, refetchInterval: SANDBOX_POLL_MS });
  const bans = useQuery({ ...bansQuery, refetchInterval: SANDBOX_POLL_MS });
  const standings = useQuery({ ...standingsQuery(100), refetchInterval: SANDBOX_POLL_MS });
  const allChannels = useQuery({ ...channelsQuery, refetchInterval: SANDBOX_POLL_MS });
  const commands = useQuery({ ...commandsQuery, refetchInterval: SANDBOX_SLOW_POLL_MS });
  const [chosenChannelId, setChosenChannelId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [commandsOpen, setCommandsOpen] = useState(false);

  const channels = allChannels.data ?? guild.data?.channels ?? [];
  const channelId = chosenChannelId ?? defaultChannelId(channels);
  const channel = channels.find((c) => c.id === channelId) ?? null;
  const parent = channel?.kind === 'thread' ? (channels.find((c) => c.id === channel.parentId) ?? null) : null;
  const isForum = channel?.kind === 'forum';
  const member = members.data?.find((m) => m.userId === userId) ?? null;
  const memberName = member === null ? null : member.displayName || member.username;
  const banned = member === null ? (bans.data?.find((b) => b.userId === userId) ?? null) : null;
  const names = sandboxNames(guild.data ?? null, members.data ?? null, allChannels.data ?? null);

  const messages = useQuery({
    ...messagesQuery(channelId ?? ''),
    enabled: channelId !== null && !isForum,
    refetchInterval: SANDBOX_POLL_MS,
  });
  const dms = useQuery({
    ...directMessagesQuery(userId ?? ''),
    enabled: userId !== null,
    refetchInterval: SANDBOX_POLL_MS,
  });
  const points = member === null ? null : (standings.data?.find((s) => s.userId === member.userId)?.points ?? 0);

  const runner = useActionRunner();
  const { act, busy } = runner;
  const actor =
    member !== null && memberName !== null
      ? { userId: member.userId, name: memberName, inGuild: true }
      : banned === null
        ? null
        : { userId: banned.userId, name: banned.username, inGuild: false };
  const interactions = useInteractions(actor, channelId, runner);
  const { reply, dismissReply } = interactions;

  const onAdd = (username: string): Promise<boolean> =>
    act(async () => {
      const added = await addMember(username);
      setUserId(added.userId);
      dismissReply();
    });

  const onPost = (content: string): Promise<boolean> =>
    act(async () => {
      if (channelId === null || userId === null) return;
      await postMessage(channelId, userId, content);
    });

  const openChannel = (id: string): void => {
    setChosenChannelId(id);
    dismissReply();
  };
  const actorId = member?.userId ?? null;
  // Message commands ("Mark as solution") are used on a message (Apps), not typed as slash commands.
  const messageCommands = (commands.data ?? []).filter((c) => c.type === 'message').map((c) => c.name);
  const slashCommands = (commands.data ?? []).filter((c) => c.type !== 'message');
  const messageActions: MessageActions = {
    actorId,
    busy,
    onReaction: (messageId, emoji, reacted) => {
      if (actorId === null || channelId === null) return;
      const target = { channelId, messageId, userId: actorId, emoji };
      void act(async () => {
        await (reacted ? removeReaction(target) : addReaction(target));
      });
    },
    // Threads start from messages of text channels, not inside threads.
    onStartThread:
      channel === null || channel.kind === 'thread'
        ? null
        : (messageId, name) => {
            if (actorId === null || channelId === null) return;
            void act(async () => {
              openChannel((await createThread(channelId, { userId: actorId, name, messageId })).id);
            });
          },
    threadOf: (messageId) => {
      const thread = channels.find((c) => c.id === messageId && c.kind === 'thread');
      // A forum post's first message shares the post's id: no link to the thread it is in.
      return thread === undefined || thread.id === channelId ? null : { id: thread.id, name: thread.name };
    },
    onOpenThread: openChannel,
    messageCommands,
    onMessageCommand: (messageId, name) => {
      void interactions.runCommand({ name, targetMessageId: messageId });
    },
  };
  const onCreatePost = (title: string, content: string, appliedTags: string[]): Promise<boolean> =>
    act(async () => {
      if (actorId === null || channelId === null) return;
      openChannel((await createThread(channelId, { userId: actorId, name: title, content, appliedTags })).id);
    });

  const loadFailure = guild.error ?? members.error ?? messages.error ?? allChannels.error;
  const loadError = loadFailure === null ? null : describeError(loadFailure);
  const replyView = (place: 'channel' | 'dm') =>
    reply !== null && reply.place === place ? (
      <InteractionReplyView shown={reply} names={names} onDismiss={dismissReply} actions={interactions.replyActions} />
    ) : null;
  return (
    <div className="page page-wide" data-testid="sandbox-page">
      <header className="page-header">
        <div>
          <h1>Sandbox</h1>
          <p className="page-subtitle">
            A local guild{guild.data === undefined ? '' : ` (${guild.data.name})`} driven by the real engine. Add a
            member, post as them and watch the modules react.
          </p>
        </div>
      </header>
      <ErrorBanner message={runner.error ?? loadError} />

      <div className="sandbox">
        <Panel title="Channels" className="sandbox-channels">
          <ChannelList channels={channels} selectedId={channelId} onSelect={openChannel} />
        </Panel>

        <Panel
          title={chatTitle(channel)}
          aside={
            parent === null || channel === null ? (
              (channel?.topic ?? undefined)
            ) : (
              <>
                {parent.kind === 'forum' && <ThreadState thread={channel} parent={parent} />} thread in #{parent.name}
              </>
            )
          }
          className="sandbox-chat"
          testId="sandbox-chat"
        >
          {channel !== null && isForum ? (
            <ForumPosts
              forum={channel}
              channels={channels}
              memberName={memberName}
              busy={busy}
              onOpen={openChannel}
              onCreate={onCreatePost}
            />
          ) : (
            <>
              <MessageList
                messages={channelChat(messages.data ?? [], names)}
                names={names}
                emptyText={
                  channel?.kind === 'thread' ? 'No messages in this thread yet.' : 'No messages in this channel yet.'
                }
                testId="channel-messages"
                actions={interactions.channelActions}
                messageActions={messageActions}
              />
              {replyView('channel')}
              {commandsOpen && (
                <CommandForm
                  commands={slashCommands}
                  members={members.data ?? []}
                  channels={channels}
                  roles={guild.data?.roles ?? []}
                  memberName={member === null ? null : memberName}
                  busy={busy}
                  onRun={interactions.runCommand}
                  onClose={() => setCommandsOpen(false)}
                />
              )}
              <Composer
                placeName={
                  channel === null ? null : channel.kind === 'thread' ? `🧵 ${channel.name}` : `#${channel.name}`
                }
                memberName={member === null ? null : memberName}
                busy={busy}
                onPost={onPost}
                onRank={() => interactions.runCommand({ name: 'rank' })}
                commandsOpen={commandsOpen}
                onToggleCommands={() => setCommandsOpen((open) => !open)}
                mentionPicker={(insert, close) => (
                  <MentionPicker
                    members={members.data ?? []}
                    channels={channels}
                    roles={guild.data?.roles ?? []}
                    onPick={insert}
                    onClose={close}
                  />
                )}
              />
            </>
          )}
        </Panel>

        <div className="sandbox-side">
          <Panel title="Members" aside={members.data === undefined ? undefined : `${members.data.length}`}>
            <AddMemberForm busy={busy} onAdd={onAdd} />
            <MemberList
              members={members.data ?? []}
              selectedId={userId}
              onSelect={(id) => {
                setUserId(id);
                dismissReply();
              }}
            />
            <BannedList
              bans={bans.data ?? []}
              selectedId={userId}
              onSelect={(id) => {
                setUserId(id);
                dismissReply();
              }}
            />
          </Panel>
          {member !== null && (
            <Panel title="Acting as">
              <MemberDetails
                member={member}
                points={points}
                dms={dms.data ?? null}
                names={names}
                dmActions={interactions.dmActions}
              >
                {replyView('dm')}
              </MemberDetails>
            </Panel>
          )}
          {member !== null && (
            <Panel title="Events" testId="sandbox-events-panel">
              <ScheduledEventsList
                userId={member.userId}
                voiceChannelId={member.voice?.channelId ?? null}
                busy={busy}
                act={act}
              />
            </Panel>
          )}
          {banned !== null && (
            <Panel title="Acting as">
              <BannedDetails ban={banned} dms={dms.data ?? null} names={names} dmActions={interactions.dmActions}>
                {replyView('dm')}
              </BannedDetails>
            </Panel>
          )}
        </div>
      </div>
      {interactions.modal !== null && (
        <ModalDialog
          key={interactions.modal.interactionId}
          shown={interactions.modal}
          busy={busy}
          error={interactions.modalError}
          onSubmit={interactions.submitModal}
          onCancel={interactions.cancelModal}
        />
      )}
    </div>
  );
}

/** `#general`, `🧵 thread` or `🗨 forum`. */
function chatTitle(channel: ChannelSnapshot | null): string {
  if (channel === null) return 'Channel';
  if (channel.kind === 'thread') return `🧵 ${channel.name}`;
  if (channel.kind === 'forum') return `🗨 ${channel.name}`;
  return `#${channel.name}`;
}

/** `#general` when there is one, else the first text channel. */
function defaultChannelId(
  channels: readonly { id: string; name: string; kind: string; position: number }[],
): string | null {
  const text = channels.filter((c) => c.kind === 'text').sort((a, b) => a.position - b.position);
  return (text.find((c) => c.name === 'general') ?? text[0])?.id ?? null;
}
