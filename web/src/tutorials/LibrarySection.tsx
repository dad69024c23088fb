import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Panel } from '../components/Panel.js';
import { ModuleQueryStatus } from '../components/ModuleQueryStatus.js';
import { ACCENT } from '../components/charts/chartTheme.js';
import { formatCount } from '../format.js';
import { LearningBarChart } from '../learning/LearningBarChart.js';
import type { LibraryFilter, LibraryItem } from './libraryApi.js';
import { libraryQuery } from './libraryQueries.js';

const COMPLETIONS_COLOR = '#57f287';

const STATUS_WORDS: Record<LibraryItem['status'], string> = {
  pending: 'Awaiting review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

/** The library section of the Tutorials page: tutorials by category and level, and each one's numbers. */
export function LibrarySection() {
  const [filter, setFilter] = useState<LibraryFilter>({ sort: 'new' });
  const library = useQuery(libraryQuery(filter));
  const items = library.data?.items ?? [];
  return (
    <Panel title="Library" testId="tutorials-library">
      <ModuleQueryStatus
        error={library.error}
        pending={library.isPending}
        what="Tutorial library"
        testId="tutorials-library"
        missing="the tutorials module is off"
      />
      <div className="filters">
        <label>
          Level{' '}
          <select
            value={filter.level ?? ''}
            onChange={(e) => {
              const level = e.target.value;
              setFilter((f) => ({
                ...(f.sort === undefined ? {} : { sort: f.sort }),
                ...(level === 'beginner' || level === 'intermediate' || level === 'advanced' ? { level } : {}),
              }));
            }}
          >
            <option value="">All</option>
            <option value="beginner">Beginner</option>
            <option value="intermediate">Intermediate</option>
            <option value="advanced">Advanced</option>
          </select>
        </label>{' '}
        <label>
          Order{' '}
          <select
            value={filter.sort ?? 'new'}
            onChange={(e) => {
              const sort = e.target.value;
              if (sort === 'new' || sort === 'rating' || sort === 'completions') setFilter((f) => ({ ...f, sort }));
            }}
          >
            <option value="new">Newest</option>
            <option value="rating">Best rated</option>
            <option value="completions">Most completed</option>
          </select>
        </label>
      </div>
      {library.data !== undefined && library.data.byCategory.some((g) => g.tutorials > 0) && (
        <>
          <LearningBarChart
            labels={library.data.byCategory.map((g) => g.name)}
            series={[
              { label: 'Tutorials', color: ACCENT, values: library.data.byCategory.map((g) => g.tutorials) },
              {
                label: 'Completions',
                color: COMPLETIONS_COLOR,
                values: library.data.byCategory.map((g) => g.completions),
              },
            ]}
            title="Tutorials and completions by category"
            testId="library-by-category"
          />
          <LearningBarChart
            labels={library.data.byLevel.map((g) => g.name)}
            series={[{ label: 'Tutorials', color: ACCENT, values: library.data.byLevel.map((g) => g.tutorials) }]}
            title="Tutorials by level"
            testId="library-by-level"
            height={140}
          />
        </>
      )}
      {library.data !== undefined && items.length === 0 && (
        <p className="empty">
          No tutorials yet: members submit them with <code>/tutorial submit</code> or post in the library forum (
          <code>tutorials.library.forum</code>).
        </p>
      )}
      {items.length > 0 && (
        <table className="data-table" data-testid="library-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Tutorial</th>
              <th scope="col">Category</th>
              <th scope="col">Level</th>
              <th scope="col">Rating</th>
              <th scope="col">Views</th>
              <th scope="col">Completions</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id} data-tutorial={t.number}>
                <td>{t.number}</td>
                <td>
                  <a href={t.url} target="_blank" rel="noreferrer">
                    {t.title === '' ? '(erased)' : t.title}
                  </a>
                  <span className="muted"> · {t.format}</span>
                </td>
                <td>{t.categoryName}</td>
                <td>{t.level}</td>
                <td>{t.ratings === 0 ? '—' : `★ ${t.meanRating.toFixed(1)} (${formatCount(t.ratings)})`}</td>
                <td>{formatCount(t.views)}</td>
                <td>{formatCount(t.completions)}</td>
                <td>{STATUS_WORDS[t.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
