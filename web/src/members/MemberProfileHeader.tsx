import { Avatar } from '../components/Avatar.js';
import type { MemberProfile } from './membersApi.js';

/** Props of {@link MemberProfileHeader}. */
export interface MemberProfileHeaderProps {
  profile: MemberProfile;
}

/** The member's picture, display name, username and id, with bot / staff / left marks. */
export function MemberProfileHeader({ profile }: MemberProfileHeaderProps) {
  return (
    <header className="profile-header" data-testid="profile-header">
      {profile.avatarUrl === null ? (
        <Avatar id={profile.userId} name={profile.name} size={64} />
      ) : (
        <img className="profile-avatar" src={profile.avatarUrl} alt="" width={64} height={64} />
      )}
      <div className="profile-names">
        <h1 data-testid="profile-name">{profile.name}</h1>
        <div className="profile-ids">
          <span data-testid="profile-username">@{profile.username}</span>
          <span aria-hidden="true">·</span>
          <span>
            id <code data-testid="profile-user-id">{profile.userId}</code>
          </span>
        </div>
        <div className="profile-tags">
          {profile.bot && <span className="profile-tag">Bot</span>}
          {profile.staff && (
            <span className="profile-tag profile-tag-staff" data-testid="profile-staff">
              Staff
            </span>
          )}
          {!profile.inGuild && (
            <span className="profile-tag profile-tag-left" data-testid="profile-left">
              Not in the server
            </span>
          )}
        </div>
      </div>
    </header>
  );
}
