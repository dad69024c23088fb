/**
 * A member connected to a voice channel, as the platform sees them now.
 * @see https://discord.com/developers/docs/resources/voice#voice-state-object
 */
export interface VoiceMemberState {
  userId: string;
  /** Muted by themselves or by the server. */
  muted: boolean;
  /** Deafened by themselves or by the server. */
  deafened: boolean;
}
