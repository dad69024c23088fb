/**
 * Blueprints (contents of the `server:` section) used by the tests, written against the
 * seeded sandbox guild with Admin moved above the bot (openBlueprintSandbox), Moderator, Member, New Member; Start Here
 * (welcome, rules, announcements), Community (general, introductions, help forum,
 * showcase), Staff (mod-log, staff only) and Voice (Lounge).
 */

/** A community layout in the spirit of seed 001: new roles, a private area, a forum with tags. */
export const COMMUNITY_BLUEPRINT = `
roles:
  - name: Admin
    color: "#e74c3c"
    hoist: true
    mentionable: true
    permissions: [Administrator]
  - name: Staff
    color: "#e67e22"
    hoist: true
    permissions: [KickMembers, ManageMessages]
  - name: Moderator
    color: "#3498db"
    hoist: true
    mentionable: true
    permissions: [KickMembers, BanMembers, ManageMessages, ManageThreads, ModerateMembers]
  - name: Member
    color: "#2ecc71"
    mentionable: true
  - name: New Member
    color: "#95a5a6"
    mentionable: true
  - name: Enterprise Customer
    color: "#9b59b6"
categories:
  - name: Start Here
    overwrites:
      - role: "@everyone"
        deny: [SendMessages, CreatePublicThreads]
    channels:
      - { type: text, name: welcome, topic: "Say hello: new members are greeted here." }
      - { type: text, name: rules, topic: "Read these before posting." }
      - { type: announcement, name: announcements, topic: "News from the team." }
  - name: Community
    channels:
      - { type: text, name: general, topic: "Anything goes (within the rules).", slowmode: 5 }
      - { type: text, name: introductions, topic: "Tell us who you are and what brings you here." }
      - type: forum
        name: help
        topic: "One post per question; mark the answer that solved it."
        tags: [{ name: solved, moderated: true, emoji: "✅" }, { name: question }]
        defaultSort: creation_date
      - { type: text, name: showcase, topic: "Show what you made." }
  - name: Enterprise
    overwrites:
      - role: "@everyone"
        deny: [ViewChannel]
      - role: Enterprise Customer
        allow: [ViewChannel]
      - role: Staff
        allow: [ViewChannel, ManageMessages]
    channels:
      - { type: text, name: Enterprise Support }
      - { type: voice, name: Enterprise Call, userLimit: 10 }
  - name: Staff
    overwrites:
      - role: "@everyone"
        deny: [ViewChannel]
      - role: Moderator
        allow: [ViewChannel]
    channels:
      - { type: text, name: mod-log, topic: "Moderation actions, logged by Guildhall." }
      - type: text
        name: staff-chat
        overwrites:
          - role: "@everyone"
            deny: [ViewChannel]
          - role: Staff
            allow: [ViewChannel]
  - name: Voice
    channels:
      - { type: voice, name: Lounge }
      - { type: stage, name: Town Hall, topic: "Monthly community call" }
`;
