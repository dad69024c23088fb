import { Link, useRouteError } from 'react-router';
import { describeError } from '../api/http.js';

/** What a page that crashed shows instead of a blank screen: the error and a way back. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <div className="page" data-testid="route-error-page">
      <header className="page-header">
        <h1>Something went wrong</h1>
      </header>
      <div className="error-banner" role="alert">
        {describeError(error)}
      </div>
      <p className="muted">
        <Link to="/">Back to the overview</Link> or reload the page.
      </p>
    </div>
  );
}
