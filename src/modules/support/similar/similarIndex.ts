import { sql } from 'kysely';
import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { createSimilarIndex, type SimilarDoc, type SimilarIndex } from './rankSimilar.js';

/** Guild indexes kept in memory at most (the least recently used one goes first). */
const CACHED_GUILDS = 32;

interface CachedIndex {
  version: string;
  index: SimilarIndex;
}

const cache = new Map<string, CachedIndex>();

const tagList = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
};

/**
 * The version of a guild's knowledge base: every searchable document's id, change time and
 * text length, read without the text itself. Two reads give the same version only when no
 * document was added, removed, solved again or edited in between.
 * @param ctx - module context
 * @param guildId - the guild
 */
async function knowledgeVersion(ctx: SupportContext, guildId: string): Promise<string> {
  const db = supportDb(ctx.db);
  const questions = await db
    .selectFrom('support_questions')
    .select(['id', 'solved_at', sql<number>`length(title) + length(body) + length(tags)`.as('size')])
    .where('guild_id', '=', guildId)
    .where('status', '=', 'solved')
    .orderBy('id')
    .execute();
  const articles = await db
    .selectFrom('support_articles')
    .select(['id', 'updated_at', 'status', sql<number>`length(title) + length(body) + length(tags)`.as('size')])
    .where('guild_id', '=', guildId)
    .orderBy('id')
    .execute();
  return [
    ...questions.map((q) => `q${q.id}:${q.solved_at ?? 0}:${q.size}`),
    ...articles.map((a) => `a${a.id}:${a.updated_at}:${a.status}:${a.size}`),
  ].join(',');
}

/**
 * The searchable documents of a guild: solved questions, published FAQ entries and verified
 * guides (a guide under review is not suggested).
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function knowledgeDocs(ctx: SupportContext, guildId: string): Promise<SimilarDoc[]> {
  const db = supportDb(ctx.db);
  const questions = await db
    .selectFrom('support_questions')
    .select(['id', 'title', 'body', 'tags'])
    .where('guild_id', '=', guildId)
    .where('status', '=', 'solved')
    .execute();
  const articles = await db
    .selectFrom('support_articles')
    .select(['id', 'kind', 'title', 'body', 'tags'])
    .where('guild_id', '=', guildId)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'faq'), eb('status', '=', 'published')]),
        eb.and([eb('kind', '=', 'guide'), eb('status', '=', 'verified')]),
      ]),
    )
    .execute();
  return [
    ...questions.map((q) => ({
      id: q.id,
      kind: 'question' as const,
      title: q.title,
      body: q.body,
      tags: tagList(q.tags),
    })),
    ...articles.map((a) => ({ id: a.id, kind: a.kind, title: a.title, body: a.body, tags: tagList(a.tags) })),
  ];
}

/**
 * A guild's search index, built from the database when first needed and rebuilt when the
 * knowledge base changed ({@link knowledgeVersion}, checked on every call): nothing to keep
 * in step by hand, and a restart simply rebuilds it on first use.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function guildSimilarIndex(ctx: SupportContext, guildId: string): Promise<SimilarIndex> {
  const version = await knowledgeVersion(ctx, guildId);
  const cached = cache.get(guildId);
  if (cached !== undefined && cached.version === version) {
    cache.delete(guildId);
    cache.set(guildId, cached);
    return cached.index;
  }
  const index = createSimilarIndex(await knowledgeDocs(ctx, guildId));
  cache.delete(guildId);
  cache.set(guildId, { version, index });
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHED_GUILDS) break;
    cache.delete(oldest);
  }
  return index;
}
