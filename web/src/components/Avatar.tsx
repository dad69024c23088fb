import { avatarColor } from '../format.js';

/** Props of {@link Avatar}. */
export interface AvatarProps {
  id: string;
  name: string;
  size?: number;
}

/** A round initial in a colour derived from the member's id (no images in the sandbox). */
export function Avatar({ id, name, size = 32 }: AvatarProps) {
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{ background: avatarColor(id), width: size, height: size, fontSize: size * 0.42 }}
    >
      {(name.trim()[0] ?? '?').toUpperCase()}
    </span>
  );
}
