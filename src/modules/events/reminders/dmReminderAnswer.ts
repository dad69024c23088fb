/**
 * What a member is told after choosing reminders by DM or not.
 * @param on - reminders by DM now on
 * @param changed - false when it already was so
 */
export function dmReminderAnswer(on: boolean, changed: boolean): string {
  const state = on
    ? 'Event reminders by DM are on: you get them by DM as well as the mention in the events channel.'
    : 'Event reminders by DM are off: you are reminded only by a mention in the events channel.';
  const how = on
    ? 'Turn them off with `/events reminders dm:false` or the "Remind me by DM" button again.'
    : 'Turn them on with `/events reminders dm:true` or the "Remind me by DM" button.';
  return `${changed ? '' : '(No change.) '}${state} ${how}`;
}
