import {
  COMMUNICATION_STYLES,
  GROUP_TYPE_LABELS,
  GROUP_TYPES,
  LEARNING_STYLES,
  MENTOR_CATEGORIES,
  MENTOR_CATEGORY_LABELS,
  PACES,
  SKILL_LEVELS,
} from '../config/LearningTypes.js';

const capitalised = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);
const plain = (values: readonly string[]) => values.map((value) => ({ name: capitalised(value), value }));

/** Slash-command choices of the learning enums. */
export const CHOICES = {
  skill: plain(SKILL_LEVELS),
  pace: plain(PACES),
  style: plain(LEARNING_STYLES),
  communication: plain(COMMUNICATION_STYLES),
  category: MENTOR_CATEGORIES.map((value) => ({ name: MENTOR_CATEGORY_LABELS[value], value })),
  groupType: GROUP_TYPES.map((value) => ({ name: GROUP_TYPE_LABELS[value], value })),
};
