import { formatTimestamp, fullTimestamp, isTimestampStyle } from './timestampStyle.js';

/** Props of {@link DiscordTimestamp}. */
export interface DiscordTimestampProps {
  /** Seconds since the epoch, as written in `<t:UNIX:STYLE>`. */
  unix: string;
  /** The style letter; `f` when absent or unknown. */
  style: unknown;
}

/**
 * A `<t:UNIX:STYLE>` timestamp as Discord shows it: in the reader's time zone, styled
 * `t T d D f F` or relative (`R`, recomputed whenever the chat refreshes); the full date on
 * hover.
 */
export function DiscordTimestamp({ unix, style }: DiscordTimestampProps) {
  const epochMs = Number(unix) * 1000;
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return <>{`<t:${unix}>`}</>;
  const shown = isTimestampStyle(style) ? style : 'f';
  return (
    <time
      className="md-timestamp"
      dateTime={new Date(epochMs).toISOString()}
      title={fullTimestamp(epochMs)}
      data-testid="timestamp"
      data-style={shown}
    >
      {formatTimestamp(epochMs, shown, Date.now())}
    </time>
  );
}
