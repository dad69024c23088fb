const NAMESPACE_COLORS: Readonly<Record<string, string>> = {
  member: '#5865f2',
  message: '#23a55a',
  reaction: '#f0b232',
  voice: '#00a8fc',
  thread: '#8b5cf6',
  invite: '#64748b',
  interaction: '#f28c28',
  onboarding: '#14b8a6',
  recognition: '#eb459e',
};

/**
 * The colour of an event type's namespace (`member.joined` → member), shared by charts
 * and the event feed so a type looks the same everywhere.
 * @param type - the event type
 */
export function eventColor(type: string): string {
  const namespace = type.split('.')[0] ?? '';
  return NAMESPACE_COLORS[namespace] ?? '#94a3b8';
}
