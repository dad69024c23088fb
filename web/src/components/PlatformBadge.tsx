/** Props of {@link PlatformBadge}. */
export interface PlatformBadgeProps {
  platform: 'discord' | 'sandbox';
  testId?: string;
}

/** Shows whether Guildhall is connected to Discord or running the local sandbox. */
export function PlatformBadge({ platform, testId = 'platform-badge' }: PlatformBadgeProps) {
  return (
    <span className={`badge badge-${platform}`} data-testid={testId} title={platformTitle(platform)}>
      <span className="badge-dot" />
      {platform === 'discord' ? 'Discord' : 'Sandbox'}
    </span>
  );
}

function platformTitle(platform: 'discord' | 'sandbox'): string {
  return platform === 'discord'
    ? 'Connected to a Discord server'
    : 'Local sandbox guild: no Discord token set, nothing leaves this machine';
}
