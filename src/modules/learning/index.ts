// The learning module's public surface: the only file other parts of Guildhall import.
export { learningModule } from './learningModule.js';
export type { LearningConfig } from './LearningConfig.js';
// The pure matching algorithms, for bench/ (no store, no Discord).
export { assignMentors } from './matching/assignMentors.js';
export { capacitatedMatching, UNASSIGNED } from './matching/capacitatedMatching.js';
export { mentorCandidates } from './matching/mentorCandidates.js';
export { emptyHours, setHour } from './matching/hours.js';
export type { MenteeVector, MentorProblem, MentorVector, MentorWeights } from './matching/MatchProfile.js';
export { formGroups, type FormGroupsOptions } from './matching/formGroups.js';
export { availabilityHours } from './matching/learnerVector.js';
export type { GroupProblem, GroupSolution, LearnerVector } from './matching/MatchProfile.js';
