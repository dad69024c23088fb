import { useState } from 'react';
import { NavLink } from 'react-router';
import type { DashboardSession } from '../api/sessionApi.js';
import { PlatformBadge } from '../components/PlatformBadge.js';
import { sessionAllows } from '../session/roles.js';
import { AccountBlock } from './AccountBlock.js';
import { NAV_PAGES } from './navigation.js';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  communityName: string | null;
  platform: 'discord' | 'sandbox' | null;
  session: DashboardSession;
}

/**
 * The dark navigation column (a top bar with a menu button on narrow screens): brand,
 * community, the pages the signed-in role may open, the account and the platform.
 */
export function Sidebar({ communityName, platform, session }: SidebarProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const pages = NAV_PAGES.filter(
    (page) => sessionAllows(session, page.minRole) && (page.sandboxOnly !== true || platform === 'sandbox'),
  );
  return (
    <aside className={`sidebar${menuOpen ? ' sidebar-open' : ''}`}>
      <div className="sidebar-top">
        <div className="brand">
          <svg viewBox="0 0 32 32" width="30" height="30" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#5865f2" />
            <path d="M8 24V12l8-5 8 5v12h-5v-7h-6v7z" fill="#fff" />
          </svg>
          <span>Guildhall</span>
        </div>
        <span className="sidebar-top-community">{communityName ?? ''}</span>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar-menu"
          aria-label={menuOpen ? 'Close menu' : 'Open menu'}
          data-testid="menu-button"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path
              d={
                menuOpen
                  ? 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z'
                  : 'M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z'
              }
              fill="currentColor"
            />
          </svg>
        </button>
      </div>
      <div className="sidebar-menu" id="sidebar-menu">
        <div className="sidebar-community" data-testid="sidebar-community">
          <div className="sidebar-caption">Community</div>
          <div className="sidebar-community-name">{communityName ?? '…'}</div>
        </div>
        <nav className="nav" aria-label="Pages">
          {pages.map((page) => (
            <NavLink
              key={page.id}
              to={page.path}
              end={page.path === '/'}
              className={({ isActive }) => `nav-item${isActive ? ' nav-item-active' : ''}`}
              data-testid={`nav-${page.id}`}
              onClick={() => setMenuOpen(false)}
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d={page.icon} fill="currentColor" />
              </svg>
              {page.label}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-footer">
          <AccountBlock session={session} />
          {platform !== null && <PlatformBadge platform={platform} testId="sidebar-platform-badge" />}
        </div>
      </div>
    </aside>
  );
}
