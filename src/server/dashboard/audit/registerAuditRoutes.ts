import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuditLog, AuditRecord } from '../../../core/AuditLog.js';
import { MemberDirectory } from '../../../core/members/MemberDirectory.js';
import type { Store } from '../../../store/Store.js';
import { platformMemberNames, type FetchMember } from '../platformMemberNames.js';
import { AuditQuery, AuditResponse, type AuditEntry } from './AuditApi.js';

/** What the audit page reads from. */
export interface AuditDeps {
  store: Store;
  audit: AuditLog;
  guildId: string;
  now: () => number;
  /** Names members the member directory cannot name (`platform.fetchMember`). */
  fetchMember?: FetchMember;
}

const MEMBER_ID = /^\d{17,20}$/;

/**
 * Registers `GET /api/v2/audit` (moderator access): the guild's audit log, newest first, filtered
 * by actor and action prefix, paged by id, with members named.
 * @param app - the Fastify server
 * @param deps - store, audit log, guild, clock, platform member reader
 */
export function registerAuditRoutes(app: FastifyInstance, deps: AuditDeps): void {
  const directory = new MemberDirectory(deps.store.db, { now: deps.now });
  const platformNames = platformMemberNames(deps.guildId, deps.now, deps.fetchMember, (error) =>
    app.log.warn({ err: error }, 'dashboard: cannot read a member from the platform'),
  );

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v2/audit',
    {
      config: { access: 'moderator' },
      schema: {
        summary: 'Audit log of staff actions',
        description:
          'Staff actions from Discord, the CLI and the dashboard, newest first. `action` matches a prefix; page with `before` = the previous answer’s `nextBefore`.',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: AuditResponse },
      },
    },
    async (request) => {
      const { actor, action, before, limit } = request.query;
      const records = await deps.audit.list({
        guildId: deps.guildId,
        ...(actor === undefined ? {} : { actor }),
        ...(action === undefined ? {} : { actionPrefix: action }),
        ...(before === undefined ? {} : { beforeId: before }),
        // One more than asked: tells whether an older page exists.
        limit: limit + 1,
      });
      const page = records.slice(0, limit);
      const ids = page.flatMap((r) => [
        memberOf(r.actor),
        r.target !== null && MEMBER_ID.test(r.target) ? r.target : null,
      ]);
      const named = ids.filter((id): id is string => id !== null);
      const known = await directory.names(deps.guildId, named);
      const unknown = named.filter((id) => !known.has(id));
      const found = unknown.length === 0 ? new Map<string, string>() : await platformNames(unknown);
      const name = (id: string): string | undefined => known.get(id) ?? found.get(id);
      return {
        entries: page.map((r) => toEntry(r, name)),
        nextBefore: records.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  );
}

function toEntry(record: AuditRecord, name: (userId: string) => string | undefined): AuditEntry {
  const [kind = '', who = ''] = splitActor(record.actor);
  const actorKind = kind === 'discord' || kind === 'cli' || kind === 'dashboard' ? kind : 'other';
  const actorName =
    actorKind === 'cli' ? who : actorKind === 'other' ? record.actor : (name(who) ?? `user …${who.slice(-4)}`);
  const target = record.target;
  return {
    id: record.id,
    at: record.at,
    actor: record.actor,
    actorKind,
    actorName,
    action: record.action,
    target,
    targetName: target !== null && MEMBER_ID.test(target) ? (name(target) ?? null) : null,
    details: record.details,
  };
}

/** The user id of a Discord or dashboard actor. */
function memberOf(actor: string): string | null {
  const [kind, who] = splitActor(actor);
  return (kind === 'discord' || kind === 'dashboard') && who !== undefined && MEMBER_ID.test(who) ? who : null;
}

function splitActor(actor: string): [string, string] | [string] {
  const colon = actor.indexOf(':');
  return colon < 0 ? [actor] : [actor.slice(0, colon), actor.slice(colon + 1)];
}
