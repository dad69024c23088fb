import { describe, expect, it } from 'vitest';
import { formatConfigError } from '../../src/config/ConfigError.js';
import { dashboardSettings } from '../../src/config/DashboardConfig.js';
import { parseConfig } from '../../src/config/parseConfig.js';

const head = 'version: 1\ncommunity:\n  name: Config Test\n';

function parse(section: string): ReturnType<typeof parseConfig> {
  return parseConfig(`${head}${section}`, 'community.yaml', []);
}

describe('the dashboard: section', () => {
  it('reads roles and durations, with defaults for what is left out', () => {
    const result = parse('dashboard:\n  roles:\n    moderator: [Moderator, Helper]\n  sessionTtl: 12h\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(dashboardSettings(result.config.dashboard)).toEqual({
      roles: { admin: [], moderator: ['Moderator', 'Helper'], viewer: [] },
      sessionTtl: 12 * 3_600_000,
      roleRefresh: 5 * 60_000,
      allowEveryone: false,
    });
  });

  it('defaults to owner-only sign-in, 7-day sessions and 5-minute role checks when left out', () => {
    const result = parse('');
    expect(result.ok && dashboardSettings(result.config.dashboard)).toEqual({
      roles: { admin: [], moderator: [], viewer: [] },
      sessionTtl: 7 * 86_400_000,
      roleRefresh: 5 * 60_000,
      allowEveryone: false,
    });
  });

  it('names the line of an unknown role level and of an unreadable duration', () => {
    const result = parse('dashboard:\n  roles:\n    owner: [Boss]\n  roleRefresh: soon\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map(formatConfigError).join('\n');
    expect(lines).toContain('community.yaml:6');
    expect(lines).toMatch(/owner/);
    expect(lines).toContain('community.yaml:7: dashboard.roleRefresh');
  });
});
