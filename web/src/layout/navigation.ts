import type { DashboardRole } from '../api/sessionApi.js';

/** A page in the navigation: its URL, label, icon path and who may open it. */
export interface NavPage {
  /** Stable id: the test id is `nav-<id>`. */
  id: string;
  path: string;
  label: string;
  /** An SVG path in a 24×24 box. */
  icon: string;
  /** The lowest dashboard role that may open it. */
  minRole: DashboardRole;
  /** Listed only when Guildhall runs on the sandbox. */
  sandboxOnly?: boolean;
}

/** The dashboard's pages, in navigation order. */
export const NAV_PAGES: readonly NavPage[] = [
  {
    id: 'overview',
    path: '/',
    label: 'Overview',
    icon: 'M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z',
    minRole: 'viewer',
  },
  {
    id: 'members',
    path: '/members',
    label: 'Members',
    icon: 'M16 11a3 3 0 1 0-3-3 3 3 0 0 0 3 3zm-8 0a3 3 0 1 0-3-3 3 3 0 0 0 3 3zm0 2c-2.3 0-7 1.2-7 3.5V19h14v-2.5C15 14.2 10.3 13 8 13zm8 0c-.3 0-.6 0-1 .1a4.2 4.2 0 0 1 2 3.4V19h6v-2.5c0-2.3-4.7-3.5-7-3.5z',
    minRole: 'viewer',
  },
  {
    id: 'analytics',
    path: '/analytics',
    label: 'Analytics',
    icon: 'M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z',
    minRole: 'viewer',
  },
  {
    id: 'onboarding',
    path: '/onboarding',
    label: 'Onboarding',
    icon: 'M3 4h18l-7 8v6l-4 2v-8z',
    minRole: 'viewer',
  },
  {
    id: 'events',
    path: '/events',
    label: 'Events',
    icon: 'M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14zM7 12h5v5H7z',
    minRole: 'viewer',
  },
  {
    id: 'support',
    path: '/support',
    label: 'Support',
    icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2zm2.07-7.75-.9.92A3.4 3.4 0 0 0 13 15h-2v-.5a4 4 0 0 1 1.17-2.83l1.24-1.26A2 2 0 1 0 10 9H8a4 4 0 1 1 7.07 2.25z',
    minRole: 'viewer',
  },
  {
    id: 'feedback',
    path: '/feedback',
    label: 'Feedback',
    icon: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zm-7 12h-2v-2h2zm0-4h-2V6h2z',
    minRole: 'viewer',
  },
  {
    id: 'learning',
    path: '/learning',
    label: 'Learning',
    icon: 'M12 3 1 9l11 6 9-4.91V17h2V9zM5 13.18v4L12 21l7-3.82v-4L12 17z',
    minRole: 'viewer',
  },
  {
    id: 'integrations',
    path: '/integrations',
    label: 'Integrations',
    icon: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.6-3.6a3 3 0 0 1 4.2 4.2l-2 2-1.4-1.4 2-2a1 1 0 0 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0zM13.4 10.6a1 1 0 0 1 0 1.4l-3.6 3.6a3 3 0 0 1-4.2-4.2l2-2 1.4 1.4-2 2a1 1 0 0 0 1.4 1.4l3.6-3.6a1 1 0 0 1 1.4 0z',
    minRole: 'viewer',
  },
  {
    id: 'tutorials',
    path: '/tutorials',
    label: 'Tutorials',
    icon: 'M18 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM6 4h5v8l-2.5-1.5L6 12z',
    minRole: 'viewer',
  },
  {
    id: 'challenges',
    path: '/challenges',
    label: 'Challenges',
    icon: 'M19 5h-2V3H7v2H5a2 2 0 0 0-2 2v1a5 5 0 0 0 4.4 5A5 5 0 0 0 11 15.9V19H7v2h10v-2h-4v-3.1a5 5 0 0 0 3.6-2.9A5 5 0 0 0 21 8V7a2 2 0 0 0-2-2zM5 8V7h2v3.8A3 3 0 0 1 5 8zm14 0a3 3 0 0 1-2 2.8V7h2z',
    minRole: 'viewer',
  },
  {
    id: 'moderation',
    path: '/moderation',
    label: 'Moderation',
    icon: 'M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5zm0 10.99h7c-.53 4.12-3.28 7.79-7 8.94V12H5V6.3l7-3.11z',
    minRole: 'moderator',
  },
  {
    id: 'audit',
    path: '/audit',
    label: 'Audit log',
    icon: 'M13 3a9 9 0 0 0-9 9H1l3.9 3.9L9 12H6a7 7 0 1 1 2.1 5l-1.4 1.4A9 9 0 1 0 13 3zm-1 5v5l4.3 2.5.7-1.2-3.5-2.1V8z',
    minRole: 'moderator',
  },
  {
    id: 'config',
    path: '/config',
    label: 'Config',
    icon: 'M3 17v2h6v-2zm0-12v2h10V5zm10 16v-2h8v-2h-8v-2h-2v6zM7 9v2H3v2h4v2h2V9zm14 4v-2H11v2zm-6-4h2V7h4V5h-4V3h-2z',
    minRole: 'admin',
  },
  {
    id: 'sandbox',
    path: '/sandbox',
    label: 'Sandbox',
    icon: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zm-3 11H7v-2h10zm0-4H7V7h10z',
    minRole: 'viewer',
    sandboxOnly: true,
  },
];
