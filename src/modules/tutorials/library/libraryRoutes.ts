import { defineRoute } from '../../../core/defineRoute.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { listTutorials } from './findTutorials.js';
import { LibraryDetail, LibraryItemParams, LibraryList, LibraryQuery, type LibraryItem } from './LibraryApi.js';
import { TUTORIAL_LEVELS } from './libraryConfig.js';
import { libraryDb } from './libraryTables.js';
import { rankScore } from './rankTutorials.js';
import { categoryName, tutorialLink } from './tutorialCard.js';
import { NO_STATS, tutorialByNumber, tutorialStats, type Tutorial, type TutorialStats } from './tutorialStore.js';

function itemOf(ctx: TutorialsContext, t: Tutorial, s: TutorialStats): LibraryItem {
  return {
    id: t.id,
    number: t.number,
    title: t.title,
    category: t.category,
    categoryName: categoryName(ctx.config.library, t.category),
    level: t.level,
    format: t.format,
    authorId: t.author_id,
    status: t.status,
    source: t.source === 'forum' ? 'forum' : 'command',
    meanRating: Math.round(s.mean * 100) / 100,
    ratings: s.ratings,
    views: s.views,
    completions: s.completions,
    createdAt: t.created_at,
    url: tutorialLink(t),
  };
}

function groups(
  items: readonly LibraryItem[],
  keys: readonly { key: string; name: string }[],
  of: (i: LibraryItem) => string,
) {
  return keys.map(({ key, name }) => {
    const mine = items.filter((i) => of(i) === key);
    return {
      key,
      name,
      tutorials: mine.length,
      views: mine.reduce((n, i) => n + i.views, 0),
      completions: mine.reduce((n, i) => n + i.completions, 0),
    };
  });
}

/** `GET /api/tutorials/library`: tutorials with their counts, and totals by category and level. */
export const libraryListRoute = defineRoute({
  method: 'GET',
  path: '/library',
  access: 'viewer',
  summary:
    'The tutorial library: each tutorial with category, level, mean rating, ratings, views, completions and review status; totals by category and level',
  query: LibraryQuery,
  response: LibraryList,
  handle: async ({ query, guildId }, ctx: TutorialsContext) => {
    const filter = {
      ...(query.category === undefined ? {} : { category: query.category }),
      ...(query.level === undefined ? {} : { level: query.level }),
    };
    const stats = await tutorialStats(ctx, guildId);
    let items = (await listTutorials(ctx, guildId, filter))
      .filter((t) => query.status === undefined || t.status === query.status)
      .map((t) => itemOf(ctx, t, stats.get(t.id) ?? NO_STATS));
    items =
      query.sort === 'rating'
        ? items.sort(
            (a, b) =>
              rankScore({ ratings: b.ratings, mean: b.meanRating }) -
              rankScore({ ratings: a.ratings, mean: a.meanRating }),
          )
        : query.sort === 'completions'
          ? items.sort((a, b) => b.completions - a.completions)
          : items.sort((a, b) => b.createdAt - a.createdAt || b.number - a.number);
    const categories = ctx.config.library.categories.map((c) => ({ key: c.id, name: c.name }));
    const levels = TUTORIAL_LEVELS.map((l) => ({ key: l, name: l.charAt(0).toUpperCase() + l.slice(1) }));
    return {
      status: 200,
      body: {
        items,
        byCategory: groups(items, categories, (i) => i.category),
        byLevel: groups(items, levels, (i) => i.level),
      },
    };
  },
});

/** `GET /api/tutorials/library/:id`: one tutorial by number, with its text and expert reviews. */
export const libraryItemRoute = defineRoute({
  method: 'GET',
  path: '/library/:id',
  access: 'viewer',
  summary: 'One tutorial (by number): metadata, counts, text and expert reviews',
  params: LibraryItemParams,
  response: LibraryDetail,
  handle: async ({ params, guildId }, ctx: TutorialsContext) => {
    const tutorial = await tutorialByNumber(ctx, guildId, params.id);
    if (tutorial === undefined) return { status: 404, error: `There is no tutorial #${params.id}.` };
    const stats = (await tutorialStats(ctx, guildId, [tutorial.id])).get(tutorial.id) ?? NO_STATS;
    const reviews = await libraryDb(ctx.db)
      .selectFrom('tutorials_library_reviews')
      .select(['reviewer_id', 'verdict', 'notes', 'at'])
      .where('guild_id', '=', guildId)
      .where('tutorial_id', '=', tutorial.id)
      .orderBy('at')
      .execute();
    return {
      status: 200,
      body: {
        ...itemOf(ctx, tutorial, stats),
        summary: tutorial.summary,
        link: tutorial.link,
        body: tutorial.body,
        reviews: reviews.map((r) => ({ reviewerId: r.reviewer_id, verdict: r.verdict, notes: r.notes, at: r.at })),
      },
    };
  },
});
