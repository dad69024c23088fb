import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/AppShell.js';
import { RequireRole } from './layout/RequireRole.js';
import { AuditPage } from './pages/AuditPage.js';
import { ConfigPage } from './pages/ConfigPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MemberProfilePage } from './pages/MemberProfilePage.js';
import { MembersPage } from './pages/MembersPage.js';
import { ModerationPage } from './pages/ModerationPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OverviewPage } from './pages/OverviewPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';

/**
 * The dashboard's pages by URL. /login stands alone; every other page is inside the shell,
 * which sends visitors without a session to /login. Role-gated pages say so to lower roles
 * (the navigation does not list them either).
 */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: 'members', element: <MembersPage /> },
        { path: 'members/:userId', element: <MemberProfilePage /> },
        {
          path: 'moderation',
          element: (
            <RequireRole role="moderator">
              <ModerationPage />
            </RequireRole>
          ),
        },
        {
          path: 'audit',
          element: (
            <RequireRole role="moderator">
              <AuditPage />
            </RequireRole>
          ),
        },
        {
          path: 'config',
          element: (
            <RequireRole role="admin">
              <ConfigPage />
            </RequireRole>
          ),
        },
        // The sandbox panel (markdown parser and all) loads only when opened.
        {
          path: 'sandbox',
          lazy: async () => ({ Component: (await import('./pages/SandboxRoute.js')).SandboxRoute }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}

/**
 * Turns an address of the old hash routes (`/#/sandbox`, `/#/overview`) into the real URL,
 * once at start, so old links and bookmarks keep working.
 */
export function redirectHashRoute(): void {
  const { hash } = window.location;
  if (!hash.startsWith('#/')) return;
  const path = hash.slice(1);
  window.history.replaceState(null, '', path === '/overview' ? '/' : path);
}
