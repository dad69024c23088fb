import type { NativeAutomodActionType } from '../../core/DomainEvent.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { InvalidRequest } from '../PlatformError.js';
import type { NativeAutomodRuleSnapshot } from '../Platform.js';
import { ruleRows, toSnapshot } from './autoModerationRules.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxChannelTable } from './SandboxTables.js';
import { parseMentions } from './mentions.js';
import type { MemberRow } from './memberQueries.js';
import { insertMessage } from './messageQueries.js';
import { Permission } from './permissions.js';
import type { SandboxMessage } from './sandboxViews.js';

/** A member's post that a native AutoMod rule blocked (Discord answers error 200000). */
export class AutoModerationBlockedError extends InvalidRequest {}

const WORD = '[\\p{L}\\p{N}]';

/**
 * Discord's keyword matching, case-insensitive: `cat` the whole word, `cat*` a word starting
 * with it, `*cat` ending with it, `*cat*` anywhere in a word; a phrase matches with any
 * whitespace between its words. The match spans the whole word, as `matched_content` does.
 * @see https://discord.com/developers/docs/resources/auto-moderation#auto-moderation-rule-object-keyword-matching-strategies
 */
function keywordRegex(keyword: string): RegExp | null {
  const word = keyword.trim();
  const core = word.replace(/^\*+|\*+$/g, '');
  if (core === '') return null;
  const body = core
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const start = word.startsWith('*') ? `${WORD}*` : `(?<!${WORD})`;
  const end = word.endsWith('*') ? `${WORD}*` : `(?!${WORD})`;
  return new RegExp(`${start}${body}${end}`, 'giu');
}

/** Spans of `content` matched by the entries (keywords with wildcards, or regex patterns). */
function spans(content: string, entries: readonly string[], kind: 'keyword' | 'regex') {
  const found: { entry: string; text: string; start: number; end: number }[] = [];
  for (const entry of entries) {
    let regex: RegExp | null;
    try {
      regex = kind === 'keyword' ? keywordRegex(entry) : new RegExp(entry, 'giu');
    } catch {
      // Rust-only syntax JavaScript cannot compile: the sandbox does not evaluate it.
      regex = null;
    }
    if (regex === null) continue;
    for (const m of content.matchAll(regex)) {
      if (m[0] !== '') found.push({ entry, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/** What fired a rule: the keyword and the text (null for mention spam). */
interface Hit {
  rule: NativeAutomodRuleSnapshot;
  matchedKeyword: string | null;
  matchedContent: string | null;
}

function matchRule(rule: NativeAutomodRuleSnapshot, content: string): Hit | null {
  const { trigger } = rule;
  if (trigger.type === 'mention_spam') {
    const mentions = parseMentions(content);
    const count = mentions.userIds.length + mentions.roleIds.length;
    return count > trigger.mentionTotalLimit ? { rule, matchedKeyword: null, matchedContent: null } : null;
  }
  if (trigger.type !== 'keyword') return null;
  const allowed = spans(content, trigger.allowList, 'keyword');
  const hits = [...spans(content, trigger.keywords, 'keyword'), ...spans(content, trigger.regexPatterns, 'regex')];
  const hit = hits
    .sort((a, b) => a.start - b.start)
    .find((h) => !allowed.some((a) => a.start <= h.start && h.end <= a.end));
  return hit === undefined ? null : { rule, matchedKeyword: hit.entry, matchedContent: hit.text };
}

async function isExempt(
  ctx: SandboxContext,
  rule: NativeAutomodRuleSnapshot,
  roleIds: readonly string[],
  channel: SandboxChannelTable,
): Promise<boolean> {
  if (roleIds.some((r) => rule.exemptRoles.includes(r))) return true;
  const places = [channel.id, channel.parent_id];
  if (channel.kind === 'thread' && channel.parent_id !== null) {
    const parent = await ctx.db
      .selectFrom('sandbox_channels')
      .select('parent_id')
      .where('id', '=', channel.parent_id)
      .executeTakeFirst();
    places.push(parent?.parent_id ?? null);
  }
  return places.some((id) => id !== null && rule.exemptChannels.includes(id));
}

/** True for the owner and members whose roles grant Administrator or Manage Server. */
async function isAboveAutomod(ctx: SandboxContext, member: MemberRow, roleIds: readonly string[]): Promise<boolean> {
  const guild = await ctx.guild();
  if (member.user_id === guild.ownerId) return true;
  const roles = await ctx.db
    .selectFrom('sandbox_roles')
    .select('permissions')
    .where('id', 'in', [guild.id, ...roleIds])
    .execute();
  const bits = roles.reduce((all, role) => all | BigInt(role.permissions), 0n);
  return (bits & (Permission.ADMINISTRATOR | Permission.MANAGE_GUILD)) !== 0n;
}

/**
 * Runs a member's post through the enabled keyword and mention-spam rules, as Discord does
 * before posting. Every rule that fires runs its actions in order, each emitting
 * `automod.native_executed`: `block_message` (the post is never stored), `send_alert_message`
 * (the alert is posted in the rule's channel), `timeout` (the member is timed out). A rule
 * without `block_message` lets the post through and reports it with its message id.
 * Exempt: the owner, Administrator and Manage Server, the rule's exempt roles and
 * channels (a channel's category, a thread's channel and category count). Spam and preset
 * rules are stored but not evaluated (Discord's lists and classifier are its own).
 * @param post - member, channel and content, already allowed to post
 * @param publish - stores the message and emits `message.created`
 * @throws AutoModerationBlockedError when a rule blocked the post
 */
export async function postThroughAutoModeration(
  ctx: SandboxContext,
  post: { member: MemberRow; channel: SandboxChannelTable; content: string },
  publish: () => Promise<SandboxMessage>,
): Promise<SandboxMessage> {
  const { member, channel, content } = post;
  const rules = (await ruleRows(ctx)).filter((r) => r.enabled === 1).map(toSnapshot);
  if (rules.length === 0) return publish();
  const roleIds = (
    await ctx.db.selectFrom('sandbox_member_roles').select('role_id').where('user_id', '=', member.user_id).execute()
  ).map((r) => r.role_id);
  if (await isAboveAutomod(ctx, member, roleIds)) return publish();
  const hits: Hit[] = [];
  for (const rule of rules) {
    const hit = matchRule(rule, content);
    if (hit !== null && !(await isExempt(ctx, rule, roleIds, channel))) hits.push(hit);
  }
  if (hits.length === 0) return publish();
  const blocking = hits.find((h) => h.rule.actions.some((a) => a.type === 'block_message'));
  const message = blocking === undefined ? await publish() : null;
  const anchor = message === null ? `b${await ctx.nextId()}` : `m${message.id}`;
  for (const hit of hits) await execute(ctx, hit, { member, channel, content, messageId: message?.id ?? null, anchor });
  if (message !== null) return message;
  const block = blocking?.rule.actions.find((a) => a.type === 'block_message');
  const custom = block?.type === 'block_message' && block.customMessage !== null ? `: ${block.customMessage}` : '';
  throw new AutoModerationBlockedError(
    `Message was blocked by AutoMod (rule "${blocking?.rule.name ?? ''}")${custom}`,
    DISCORD_ERROR_CODES.autoModerationBlocked,
  );
}

async function execute(
  ctx: SandboxContext,
  hit: Hit,
  at: { member: MemberRow; channel: SandboxChannelTable; content: string; messageId: string | null; anchor: string },
): Promise<void> {
  const { rule } = hit;
  const userId = at.member.user_id;
  const report = (action: NativeAutomodActionType, alertSystemMessageId: string | null): Promise<void> =>
    ctx.emit('automod.native_executed', `${rule.id}:${userId}:${at.anchor}:${action}`, {
      ruleId: rule.id,
      ruleTriggerType: rule.trigger.type,
      action,
      userId,
      channelId: at.channel.id,
      messageId: at.messageId,
      alertSystemMessageId,
      content: at.content,
      matchedKeyword: hit.matchedKeyword,
      matchedContent: hit.matchedContent,
    });
  for (const action of rule.actions) {
    if (action.type === 'block_message') await report('block_message', null);
    else if (action.type === 'send_alert_message') {
      const guild = await ctx.guild();
      const what = at.messageId === null ? 'blocked' : 'flagged';
      const keyword = hit.matchedKeyword === null ? '' : ` (keyword "${hit.matchedKeyword}")`;
      const { id } = await insertMessage(ctx, {
        channelId: action.channelId,
        authorId: guild.botUserId,
        message: {
          content: `🛡️ AutoMod ${what} a message from <@${userId}> in <#${at.channel.id}>: rule **${rule.name}**${keyword}`,
          embeds: [{ description: at.content === '' ? '(no content)' : at.content.slice(0, 4000) }],
        },
      });
      await report('send_alert_message', id);
    } else if (action.type === 'timeout') {
      const until = ctx.clock.now() + action.durationSeconds * 1000;
      await ctx.db.updateTable('sandbox_members').set({ timeout_until: until }).where('user_id', '=', userId).execute();
      await report('timeout', null);
    }
  }
}
