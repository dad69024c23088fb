import type { ReactNode } from 'react';
import { formatCount } from '../format.js';
import { formatAgo, formatDay, formatMoment } from './memberDates.js';
import type { MemberProfile } from './membersApi.js';

/** Props of {@link MemberFacts}. */
export interface MemberFactsProps {
  profile: MemberProfile;
  now: number;
}

/** Joined, account created, messages and last active, as four small cards. */
export function MemberFacts({ profile, now }: MemberFactsProps) {
  return (
    <div className="profile-facts" data-testid="profile-facts">
      <Fact label="Joined" testId="profile-joined" title={moment(profile.joinedAt)}>
        {day(profile.joinedAt)}
        {profile.joinedAt !== null && <small>{formatAgo(profile.joinedAt, now)}</small>}
      </Fact>
      <Fact label="Account created" testId="profile-account-created" title={moment(profile.accountCreatedAt)}>
        {day(profile.accountCreatedAt)}
        {profile.accountCreatedAt !== null && <small>{formatAgo(profile.accountCreatedAt, now)}</small>}
      </Fact>
      <Fact label="Messages" testId="profile-messages">
        {formatCount(profile.messageCount)}
        <small>recorded by Guildhall</small>
      </Fact>
      <Fact label="Last active" testId="profile-last-active" title={moment(profile.lastMessageAt)}>
        {profile.lastMessageAt === null ? 'No messages' : formatAgo(profile.lastMessageAt, now)}
        {profile.lastMessageAt !== null && <small>{formatDay(profile.lastMessageAt)}</small>}
      </Fact>
    </div>
  );
}

function Fact({
  label,
  testId,
  title,
  children,
}: {
  label: string;
  testId: string;
  title?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="profile-fact" data-testid={testId} title={title}>
      <div className="stat-label">{label}</div>
      <div className="profile-fact-value">{children}</div>
    </div>
  );
}

function day(epochMs: number | null): string {
  return epochMs === null ? 'Unknown' : formatDay(epochMs);
}

function moment(epochMs: number | null): string | undefined {
  return epochMs === null ? undefined : formatMoment(epochMs);
}
