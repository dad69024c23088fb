import type { z } from 'zod';
import type { AchievementRule, BadgeRule } from './RewardRules.js';

/** Seed 002's badges by point thresholds. */
export const DEFAULT_BADGES: z.input<typeof BadgeRule>[] = [
  { id: 'newcomer', name: 'Newcomer', points: 0, description: 'Welcome to the community!', announce: false },
  { id: 'contributor', name: 'Contributor', points: 100, description: 'Active community participant' },
  { id: 'helper', name: 'Helper', points: 250, description: 'Frequently helps others' },
  { id: 'expert', name: 'Expert', points: 500, description: 'Community expert' },
  { id: 'mentor', name: 'Mentor', points: 1000, description: 'Mentors new members' },
  { id: 'legend', name: 'Legend', points: 2500, description: 'Community legend' },
];

/** Seed 002's achievements and some of seed 000's families. */
export const DEFAULT_ACHIEVEMENTS: z.input<typeof AchievementRule>[] = [
  {
    id: 'first_steps',
    name: 'First Steps',
    description: 'Posted your first message',
    family: 'learning',
    conditions: { messages: 1 },
  },
  {
    id: 'helpful_hand',
    name: 'Helpful Hand',
    description: 'Received a thanks',
    family: 'community',
    conditions: { thanks_received: 1 },
  },
  {
    id: 'bug_hunter',
    name: 'Bug Hunter',
    description: 'Reported a bug',
    family: 'platform',
    conditions: { bug_reported: 1 },
  },
  {
    id: 'content_creator',
    name: 'Content Creator',
    description: 'Created a tutorial or guide',
    family: 'creation',
    conditions: { tutorial: 1 },
  },
  {
    id: 'event_organizer',
    name: 'Event Organizer',
    description: 'Hosted a community event',
    family: 'community',
    conditions: { event_hosted: 1 },
  },
  {
    id: 'quiz_master',
    name: 'Quiz Master',
    description: 'Scored 80% or more on a quiz',
    family: 'learning',
    score: { kind: 'quiz_completed', min: 80 },
  },
  {
    id: 'challenger',
    name: 'Challenger',
    description: 'Entered a monthly challenge',
    family: 'creation',
    conditions: { challenge_entry: 1 },
  },
  {
    id: 'challenge_runner_up',
    name: 'Challenge Runner-up',
    description: 'Runner-up of a monthly challenge',
    family: 'creation',
    conditions: { challenge_runner_up: 1 },
  },
  {
    id: 'challenge_champion',
    name: 'Challenge Champion',
    description: 'Won a monthly challenge',
    family: 'creation',
    conditions: { challenge_winner: 1 },
  },
  {
    id: 'showcase_star',
    name: 'Showcase Star',
    description: 'Won a monthly showcase award',
    family: 'creation',
    conditions: { showcase_award: 1 },
  },
  {
    id: 'question_solver',
    name: 'Question Solver',
    description: '10 helpful answers',
    family: 'community',
    conditions: { helpful_answer: 10 },
  },
  {
    id: 'knowledge_sharer',
    name: 'Knowledge Sharer',
    description: '50 helpful answers',
    family: 'community',
    conditions: { helpful_answer: 50 },
  },
  {
    id: 'prolific_creator',
    name: 'Prolific Creator',
    description: '10 tutorials',
    family: 'creation',
    conditions: { tutorial: 10 },
  },
  {
    id: 'beta_tester',
    name: 'Beta Tester',
    description: '5 bugs reported',
    family: 'platform',
    conditions: { bug_reported: 5 },
  },
];
