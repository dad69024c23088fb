/** What a sandbox lookup was looking for. */
export type SandboxResource =
  'guild' | 'user' | 'member' | 'role' | 'channel' | 'message' | 'ban' | 'invite' | 'interaction';

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
    super(`Unknown ${resource[0]?.toUpperCase() ?? ''}${resource.slice(1)}: ${id}`);
    this.resource = resource;
  }
}
