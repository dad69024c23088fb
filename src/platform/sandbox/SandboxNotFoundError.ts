/** What a sandbox lookup was looking for. */
export type SandboxResource =
  | 'guild'
  | 'user'
  | 'member'
  | 'role'
  | 'channel'
  | 'message'
  | 'ban'
  | 'invite'
  | 'interaction'
  | 'auto_moderation_rule';

/** An id that names nothing in the sandbox guild (Discord's "Unknown Member", "Unknown Channel" …). */
export class SandboxNotFoundError extends Error {
  override readonly name = 'SandboxNotFoundError';
  /** The kind of thing that was not found. */
  readonly resource: SandboxResource;

  /**
   * @param resource - what was looked up
   * @param id - the id that matched nothing
   */
  constructor(resource: SandboxResource, id: string) {
    const words = resource.split('_').map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
    super(`Unknown ${words.join(' ')}: ${id}`);
    this.resource = resource;
  }
}
