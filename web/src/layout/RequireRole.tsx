import type { ReactNode } from 'react';
import type { DashboardRole } from '../api/sessionApi.js';
import { sessionAllows } from '../session/roles.js';
import { useSession } from '../session/sessionQuery.js';

/** Props of {@link RequireRole}. */
export interface RequireRoleProps {
  role: DashboardRole;
  children: ReactNode;
}

/**
 * Shows the page only to a role that may open it (the server refuses its API anyway);
 * others read why. Renders inside the shell, which has the session.
 */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { session } = useSession();
  if (session !== undefined && sessionAllows(session, role)) return children;
  return (
    <div className="page" data-testid="forbidden-page">
      <header className="page-header">
        <h1>Not for your role</h1>
      </header>
      <p className="muted">
        This page is for the dashboard role <strong>{role}</strong>
        {role === 'admin' ? '' : ' and above'}. Ask an admin of the community if you need it.
      </p>
    </div>
  );
}
