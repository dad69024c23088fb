import { Link } from 'react-router';

/** An address that names no page. */
export function NotFoundPage() {
  return (
    <div className="page" data-testid="not-found-page">
      <header className="page-header">
        <h1>No such page</h1>
      </header>
      <p className="muted">
        Nothing lives at this address. <Link to="/">Back to the overview</Link>
      </p>
    </div>
  );
}
