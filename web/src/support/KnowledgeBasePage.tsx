import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Panel } from '../components/Panel.js';
import type { KnowledgeBase } from './supportApi.js';
import { knowledgeBaseQuery } from './supportQueries.js';
import { SupportQueryStatus } from './SupportQueryStatus.js';
import '../analytics/analytics.css';
import './support.css';

type Article = KnowledgeBase['articles'][number];

const STATUS_TEXT: Record<Article['status'], string> = {
  published: 'Published',
  in_review: 'In review',
  verified: 'Verified',
};

/**
 * The knowledge base: FAQ entries and community guides with their review status (reviews so
 * far against those required, mean score against the minimum), and how many solved questions
 * are searched alongside them.
 */
export function KnowledgeBasePage() {
  const query = useQuery(knowledgeBaseQuery);
  const data = query.data;
  const faq = data?.articles.filter((a) => a.kind === 'faq') ?? [];
  const guides = data?.articles.filter((a) => a.kind === 'guide') ?? [];
  return (
    <div className="page support-page" data-testid="knowledge-page">
      <header className="page-header">
        <div>
          <p className="page-subtitle">
            <Link to="/support">Support</Link> ›
          </p>
          <h1>Knowledge base</h1>
          {data !== undefined && (
            <p className="page-subtitle" data-testid="knowledge-summary">
              {faq.length} FAQ {faq.length === 1 ? 'entry' : 'entries'} · {guides.length}{' '}
              {guides.length === 1 ? 'guide' : 'guides'} · {data.solvedQuestions} solved{' '}
              {data.solvedQuestions === 1 ? 'question' : 'questions'} searched too
            </p>
          )}
        </div>
      </header>
      <SupportQueryStatus error={query.error} pending={query.isPending} what="The knowledge base" testId="knowledge" />
      {data !== undefined && (
        <>
          <Panel
            title="Guides"
            aside={`verified after ${data.reviewersRequired} reviews averaging ${data.minScore} or more`}
            testId="knowledge-guides"
          >
            <ArticleTable
              articles={guides}
              reviewersRequired={data.reviewersRequired}
              empty="No guides yet: members post them in a guide forum, and other members review them."
            />
          </Panel>
          <Panel title="FAQ" testId="knowledge-faq">
            <ArticleTable
              articles={faq}
              reviewersRequired={null}
              empty="No FAQ entries yet: staff post them in an FAQ forum (support.knowledgeBase.faqForums)."
            />
          </Panel>
        </>
      )}
    </div>
  );
}

function ArticleTable({
  articles,
  reviewersRequired,
  empty,
}: {
  articles: readonly Article[];
  /** Null for the FAQ (not reviewed). */
  reviewersRequired: number | null;
  empty: string;
}) {
  if (articles.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="channel-scroll">
      <table className="channel-table support-kb" data-testid="knowledge-articles">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col" className="support-narrow-hide">
              Author
            </th>
            <th scope="col">Status</th>
            {reviewersRequired !== null && (
              <>
                <th scope="col" className="num">
                  Reviews
                </th>
                <th scope="col" className="num">
                  Mean score
                </th>
              </>
            )}
            <th scope="col" className="support-narrow-hide">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} data-testid="knowledge-article" data-status={a.status}>
              <th scope="row">
                <a href={a.threadUrl} target="_blank" rel="noreferrer">
                  {a.title}
                </a>
                {a.tags.length > 0 && (
                  <span className="support-tags">
                    {a.tags.map((tag) => (
                      <span key={tag} className="support-tag">
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </th>
              <td className="support-narrow-hide">{a.authorName ?? '–'}</td>
              <td>
                <span className={`support-status support-status-${a.status}`}>{STATUS_TEXT[a.status]}</span>
              </td>
              {reviewersRequired !== null && (
                <>
                  <td className="num">
                    {a.reviews} / {reviewersRequired}
                  </td>
                  <td
                    className="num"
                    title={
                      a.criteria === null
                        ? undefined
                        : `accuracy ${a.criteria.accuracy.toFixed(1)} · clarity ${a.criteria.clarity.toFixed(1)} · completeness ${a.criteria.completeness.toFixed(1)} · usefulness ${a.criteria.usefulness.toFixed(1)}`
                    }
                  >
                    {a.meanScore === null ? '–' : a.meanScore.toFixed(1)}
                  </td>
                </>
              )}
              <td className="support-narrow-hide">{new Date(a.updatedAt).toLocaleDateString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
