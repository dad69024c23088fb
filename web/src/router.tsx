import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { DashboardRole } from './api/sessionApi.js';
import { AppShell } from './layout/AppShell.js';
import { RequireRole } from './layout/RequireRole.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RouteErrorPage } from './pages/RouteErrorPage.js';

/**
 * A route's `lazy`: the page's code loads when the route is first opened (its own chunk),
 * shown only to `role` and up when one is given.
 * @param load - imports the page component
 * @param role - the lowest role that may see it; none: everyone signed in
 */
function page(load: () => Promise<ComponentType>, role?: DashboardRole) {
  return async () => {
    const Page = await load();
    return {
      element:
        role === undefined ? (
          <Page />
        ) : (
          <RequireRole role={role}>
            <Page />
          </RequireRole>
        ),
    };
  };
}

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
        // Each page loads when first opened, so the first load carries the shell only.
        { index: true, lazy: page(async () => (await import('./pages/OverviewPage.js')).OverviewPage) },
        { path: 'members', lazy: page(async () => (await import('./pages/MembersPage.js')).MembersPage) },
        {
          path: 'members/:userId',
          lazy: page(async () => (await import('./pages/MemberProfilePage.js')).MemberProfilePage),
        },
        {
          path: 'analytics',
          lazy: page(async () => (await import('./pages/AnalyticsPage.js')).AnalyticsPage, 'viewer'),
        },
        {
          path: 'onboarding',
          lazy: page(async () => (await import('./onboarding/OnboardingPage.js')).OnboardingPage, 'viewer'),
        },
        { path: 'events', lazy: page(async () => (await import('./events/EventsPage.js')).EventsPage, 'viewer') },
        {
          path: 'events/programme',
          lazy: page(async () => (await import('./events/ProgrammePage.js')).ProgrammePage, 'viewer'),
        },
        { path: 'events/:id', lazy: page(async () => (await import('./events/EventPage.js')).EventPage, 'viewer') },
        { path: 'support', lazy: page(async () => (await import('./support/SupportPage.js')).SupportPage, 'viewer') },
        {
          path: 'support/knowledge',
          lazy: page(async () => (await import('./support/KnowledgeBasePage.js')).KnowledgeBasePage, 'viewer'),
        },
        {
          path: 'support/questions/:id',
          lazy: page(async () => (await import('./support/QuestionPage.js')).QuestionPage, 'viewer'),
        },
        {
          path: 'feedback',
          lazy: page(async () => (await import('./feedback/FeedbackPage.js')).FeedbackPage, 'viewer'),
        },
        {
          path: 'learning',
          lazy: page(async () => (await import('./learning/LearningPage.js')).LearningPage, 'viewer'),
        },
        {
          path: 'integrations',
          lazy: page(async () => (await import('./integrations/IntegrationsPage.js')).IntegrationsPage, 'viewer'),
        },
        {
          path: 'tutorials',
          lazy: page(async () => (await import('./tutorials/TutorialsPage.js')).TutorialsPage, 'viewer'),
        },
        {
          path: 'challenges',
          lazy: page(async () => (await import('./challenges/ChallengesPage.js')).ChallengesPage, 'viewer'),
        },
        {
          path: 'moderation',
          lazy: page(async () => (await import('./pages/ModerationPage.js')).ModerationPage, 'moderator'),
        },
        { path: 'audit', lazy: page(async () => (await import('./pages/AuditPage.js')).AuditPage, 'moderator') },
        { path: 'config', lazy: page(async () => (await import('./pages/ConfigPage.js')).ConfigPage, 'admin') },
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
