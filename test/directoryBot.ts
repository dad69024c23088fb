import type { Store } from '../src/store/Store.js';

/**
 * Writes a bot into the member directory, as the platform's member list would: modules that
 * get events without a bot flag (reactions, departures) ask the directory.
 * @param store - the test store
 * @param guildId - the guild
 * @param userId - the bot's user id
 */
export async function addDirectoryBot(store: Store, guildId: string, userId: string): Promise<void> {
  await store.db
    .insertInto('member_directory')
    .values({
      guild_id: guildId,
      user_id: userId,
      username: 'bot',
      display_name: 'Bot',
      bot: 1,
      roles: '[]',
      joined_at: 0,
      left_at: null,
      first_seen_at: 0,
      first_message_at: null,
      last_active_at: null,
      updated_at: 0,
    })
    .execute();
}
