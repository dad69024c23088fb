import type { Route } from '../useHashRoute.js';
import { PlatformBadge } from './PlatformBadge.js';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  route: Route;
  communityName: string | null;
  platform: 'discord' | 'sandbox' | null;
}

interface NavItem {
  route: Route;
  label: string;
  icon: string;
}

const OVERVIEW: NavItem = {
  route: 'overview',
  label: 'Overview',
  icon: 'M3 13h8V3H3zm0 8h8v-6H3zm10 0h8V11h-8zm0-18v6h8V3z',
};
const SANDBOX: NavItem = {
  route: 'sandbox',
  label: 'Sandbox',
  icon: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zm-3 11H7v-2h10zm0-4H7V7h10z',
};

/** The dark navigation column: brand, community, pages, platform. */
export function Sidebar({ route, communityName, platform }: SidebarProps) {
  // Only pages that exist are listed; the sandbox page only makes sense on the sandbox.
  const items = platform === 'sandbox' ? [OVERVIEW, SANDBOX] : [OVERVIEW];
  return (
    <aside className="sidebar">
      <div className="brand">
        <svg viewBox="0 0 32 32" width="30" height="30" aria-hidden="true">
          <rect width="32" height="32" rx="8" fill="#5865f2" />
          <path d="M8 24V12l8-5 8 5v12h-5v-7h-6v7z" fill="#fff" />
        </svg>
        <span>Guildhall</span>
      </div>
      <div className="sidebar-community" data-testid="sidebar-community">
        <div className="sidebar-caption">Community</div>
        <div className="sidebar-community-name">{communityName ?? '…'}</div>
      </div>
      <nav className="nav">
        {items.map((item) => (
          <a
            key={item.route}
            href={`#/${item.route}`}
            className={`nav-item${route === item.route ? ' nav-item-active' : ''}`}
            aria-current={route === item.route ? 'page' : undefined}
            data-testid={`nav-${item.route}`}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path d={item.icon} fill="currentColor" />
            </svg>
            {item.label}
          </a>
        ))}
      </nav>
      <div className="sidebar-footer">
        {platform !== null && <PlatformBadge platform={platform} testId="sidebar-platform-badge" />}
      </div>
    </aside>
  );
}
