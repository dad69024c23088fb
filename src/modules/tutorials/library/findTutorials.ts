import MiniSearch from 'minisearch';
import type { TutorialsContext } from '../TutorialsContext.js';
import { categoryName } from './tutorialCard.js';
import { libraryDb } from './libraryTables.js';
import type { Tutorial } from './tutorialStore.js';

/** Filters of a search or a ranking. */
export interface LibraryFilter {
  category?: string;
  level?: string;
}

/**
 * The tutorials of a guild, filtered by category and level (erased authors' tutorials,
 * whose text is gone, are left out).
 * @param ctx - module context
 * @param guildId - the guild
 * @param filter - category, level
 */
export async function listTutorials(
  ctx: TutorialsContext,
  guildId: string,
  filter: LibraryFilter,
): Promise<Tutorial[]> {
  let query = libraryDb(ctx.db).selectFrom('tutorials_library').selectAll().where('guild_id', '=', guildId);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.level !== undefined) query = query.where('level', '=', filter.level);
  return query.orderBy('number').execute();
}

/**
 * Tutorials matching words, best first: MiniSearch (BM25+) over title (weighted ×3), summary
 * (×2), text and category, with prefix and light fuzzy matching.
 * @param ctx - module context
 * @param guildId - the guild
 * @param words - what the member typed
 * @param filter - category, level
 * @param max - results at most
 */
export async function findTutorials(
  ctx: TutorialsContext,
  guildId: string,
  words: string,
  filter: LibraryFilter,
  max: number,
): Promise<Tutorial[]> {
  const tutorials = (await listTutorials(ctx, guildId, filter)).filter((t) => t.title !== '');
  const search = new MiniSearch<{ id: string; title: string; summary: string; body: string; category: string }>({
    fields: ['title', 'summary', 'body', 'category'],
    searchOptions: { boost: { title: 3, summary: 2 }, prefix: true, fuzzy: 0.2 },
  });
  search.addAll(
    tutorials.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      body: t.body,
      category: categoryName(ctx.config.library, t.category),
    })),
  );
  const byId = new Map(tutorials.map((t) => [t.id, t]));
  return search
    .search(words)
    .slice(0, max)
    .flatMap((r) => {
      const found = byId.get(String(r.id));
      return found === undefined ? [] : [found];
    });
}
