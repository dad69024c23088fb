import type { Store } from '../../store/Store.js';
import { OUTBOX_ACTIONS } from '../../core/outbox/index.js';
import { AutoModerationBlockedError } from './autoModerationEnforcement.js';
import type { SandboxPlatform } from './SandboxPlatform.js';

/**
 * The sandbox methods that change its state. Each runs as one unit of work: the rows it
 * writes and the events it records commit together or not at all, so a crash never leaves a
 * stored reaction, member or post without its event (and the client's retry then finds
 * nothing done). Called inside a handler's unit (a sanction carried out at once), it nests.
 */
export const SANDBOX_CHANGES = [
  // What the outbox carries out …
  ...OUTBOX_ACTIONS,
  // … the server's structure …
  'setVerificationLevel',
  'pauseInvites',
  'createChannel',
  'editChannel',
  'deleteChannel',
  'setChannelPositions',
  'createRole',
  'editRole',
  'deleteRole',
  'setRolePositions',
  'createThread',
  'createForumPost',
  'createAutoModerationRule',
  'editAutoModerationRule',
  'deleteAutoModerationRule',
  'createScheduledEvent',
  'editScheduledEvent',
  'deleteScheduledEvent',
  'registerCommands',
  // … and the owner's and members' inputs.
  'createChannelAsOwner',
  'createRoleAsOwner',
  'setRolePositionsAsOwner',
  'createAutoModerationRuleAsOwner',
  'addRoleAsOwner',
  'addMember',
  'removeMember',
  'setDmsOpen',
  'postMessage',
  'editMessage',
  'react',
  'unreact',
  'setVoice',
  'setScheduledEventInterest',
  'setScheduledEventStatus',
  'createInvite',
  'invokeCommand',
  'clickButton',
  'selectMenu',
  'clickDirectMessageButton',
  'pressReplyComponent',
  'submitModal',
  'votePoll',
  'endPoll',
] as const satisfies readonly (keyof SandboxPlatform)[];

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * Makes each of {@link SANDBOX_CHANGES} on `sandbox` run as one unit of work of `store`.
 * @param sandbox - the platform (its own methods are wrapped on the instance)
 * @param store - the database the sandbox lives in
 */
export function makeChangesAtomic(sandbox: SandboxPlatform, store: Store): void {
  for (const name of SANDBOX_CHANGES) {
    const method = sandbox[name].bind(sandbox) as Method;
    const atomic: Method = async (...args) => {
      const outcome = await store.unitOfWork(async () => {
        try {
          return { value: await method(...args) };
        } catch (error) {
          // A post AutoMod blocks is refused, but what the rule did (alert, timeout, its
          // events) happened, as on Discord: commit that, then refuse.
          if (error instanceof AutoModerationBlockedError) return { refused: error };
          throw error;
        }
      });
      if ('refused' in outcome) throw outcome.refused;
      return outcome.value;
    };
    Object.defineProperty(sandbox, name, { value: atomic, configurable: true, writable: true });
  }
}
