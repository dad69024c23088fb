/** A permission overwrite as written in community.yaml. */
interface StarterOverwrite {
  role: string;
  allow?: string[];
  deny?: string[];
}

const READ_ONLY: StarterOverwrite[] = [{ role: '@everyone', deny: ['SendMessages', 'CreatePublicThreads'] }];

/**
 * The starter file's `server.roles`: every role its module sections name (Admin and
 * Moderator run the staff commands and are alerted, New Member is given on join), as the
 * sandbox seeds them, so `guildhall plan` on the sandbox shows no changes.
 */
export const STARTER_ROLES = [
  { name: 'Admin', color: '#e74c3c', hoist: true, mentionable: true, permissions: ['Administrator'] },
  {
    name: 'Moderator',
    color: '#3498db',
    hoist: true,
    mentionable: true,
    permissions: ['KickMembers', 'BanMembers', 'ManageMessages', 'ManageThreads', 'ModerateMembers'],
  },
  { name: 'Member', color: '#2ecc71', mentionable: true },
  { name: 'New Member', color: '#95a5a6', mentionable: true },
  {
    name: '@everyone',
    permissions: [
      'CreateInstantInvite',
      'AddReactions',
      'ViewChannel',
      'SendMessages',
      'EmbedLinks',
      'AttachFiles',
      'ReadMessageHistory',
      'Connect',
      'Speak',
      'UseApplicationCommands',
      'CreatePublicThreads',
      'SendMessagesInThreads',
    ],
  },
];

/**
 * The starter file's `server.categories`: the channels its module sections name (#welcome
 * for onboarding, #mod-log for moderation and automod) and a few to talk in, as the sandbox
 * seeds them.
 */
export const STARTER_CATEGORIES = [
  {
    name: 'Start Here',
    channels: [
      { type: 'text', name: 'welcome', topic: 'Say hello: new members are greeted here.', overwrites: READ_ONLY },
      { type: 'text', name: 'rules', topic: 'Read these before posting.', overwrites: READ_ONLY },
      { type: 'announcement', name: 'announcements', topic: 'News from the team.', overwrites: READ_ONLY },
    ],
  },
  {
    name: 'Community',
    channels: [
      { type: 'text', name: 'general', topic: 'Anything goes (within the rules).' },
      { type: 'text', name: 'introductions', topic: 'Tell us who you are and what brings you here.' },
      {
        type: 'forum',
        name: 'help',
        topic: 'One post per question; mark the answer that solved it.',
        // The support module applies Solved when a solution is marked (members cannot).
        tags: [{ name: 'Solved', moderated: true }, { name: 'Setup' }, { name: 'Bots' }, { name: 'Billing' }],
      },
      { type: 'text', name: 'showcase', topic: 'Show what you made.' },
    ],
  },
  {
    name: 'Staff',
    overwrites: [
      { role: '@everyone', deny: ['ViewChannel'] },
      { role: 'Moderator', allow: ['ViewChannel'] },
    ],
    channels: [{ type: 'text', name: 'mod-log', topic: 'Moderation actions, logged by Guildhall.' }],
  },
  { name: 'Voice', channels: [{ type: 'voice', name: 'Lounge' }] },
];
