import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { MetricCard } from '../analytics/MetricCard.js';
import { Panel } from '../components/Panel.js';
import { ACCENT } from '../components/charts/chartTheme.js';
import { sessionAllows } from '../session/roles.js';
import { useSession } from '../session/sessionQuery.js';
import { GroupsTable } from './GroupsTable.js';
import { JourneyTable } from './JourneyTable.js';
import type { GroupFilter, LearningOverview } from './learningApi.js';
import { LearningBarChart } from './LearningBarChart.js';
import { groupsQuery, learningOverviewQuery, mentorshipsQuery, mentorsQuery, roundsQuery } from './learningQueries.js';
import { LearningQueryStatus } from './LearningQueryStatus.js';
import { capitalised } from './learningWords.js';
import { MentorLoad } from './MentorLoad.js';
import { RoundsTable } from './RoundsTable.js';
import { StaffActions } from './StaffActions.js';
import '../analytics/analytics.css';
import './learning.css';

/** A distribution of profiles as bars, or a sentence while nobody has a profile. */
function Distribution({
  buckets,
  what,
  testId,
}: {
  buckets: LearningOverview['distributions']['skill'];
  what: string;
  testId: string;
}) {
  if (buckets.every((b) => b.count === 0)) {
    return (
      <p className="empty" data-testid={`${testId}-empty`}>
        No learner profiles yet: members create theirs with <code>/learn profile</code>.
      </p>
    );
  }
  return (
    <LearningBarChart
      labels={buckets.map((b) => capitalised(b.value))}
      series={[{ label: 'Learners', color: ACCENT, values: buckets.map((b) => b.count) }]}
      title={`Learners by ${what}`}
      testId={testId}
    />
  );
}

/**
 * Learning: the cohort in numbers, profiles by skill and pace, study groups with their
 * compatibility, formation rounds with their gap, mentor load against capacity and the
 * journeys of active mentorships; staff preview or form groups and run the mentor assignment.
 */
export function LearningPage() {
  const { session } = useSession();
  const isStaff = session !== undefined && sessionAllows(session, 'moderator');
  const [filter, setFilter] = useState<GroupFilter>('active');
  const overview = useQuery(learningOverviewQuery);
  const groups = useQuery(groupsQuery(filter));
  const rounds = useQuery(roundsQuery);
  const mentors = useQuery(mentorsQuery);
  const mentorships = useQuery(mentorshipsQuery);
  const cohort = overview.data?.cohort;
  const roundsFormed = overview.data?.rounds.formed ?? 0;

  return (
    <div className="page page-wide learning-page" data-testid="learning-page">
      <header className="page-header">
        <div>
          <h1>Learning</h1>
          <p className="page-subtitle">Learner profiles, study groups, mentors and their mentees' journeys</p>
        </div>
      </header>

      <LearningQueryStatus
        error={overview.error}
        pending={overview.isPending}
        what="The learning overview"
        testId="learning-overview"
      />
      {cohort !== undefined && (
        <div className="stats analytics-stats" data-testid="learning-cohort">
          <MetricCard
            label="Learners"
            value={String(cohort.profiles)}
            hint={`${cohort.inGroups} in group rounds`}
            definition="Members with a learner profile (/learn profile); those taking part in study-group rounds below."
            testId="learning-profiles"
          />
          <MetricCard
            label="Seeking a mentor"
            value={String(cohort.seekingMentor)}
            hint="wait for the next assignment"
            definition="Learners waiting for a mentor."
            testId="learning-seeking"
          />
          <MetricCard
            label="Mentors"
            value={String(cohort.mentorsActive)}
            hint={cohort.mentorsPaused > 0 ? `${cohort.mentorsPaused} paused` : 'none paused'}
            definition="Registered mentors taking mentees (paused ones are kept but not assigned)."
            testId="learning-mentors-count"
          />
          <MetricCard
            label="Study groups"
            value={String(cohort.activeGroups)}
            hint={roundsFormed === 1 ? '1 round formed' : `${roundsFormed} rounds formed`}
            definition="Active study groups, and the rounds of formation run so far."
            testId="learning-groups-count"
          />
          <MetricCard
            label="Mentorships"
            value={String(cohort.activeMentorships)}
            hint="active"
            definition="Mentorships running now."
            testId="learning-mentorships-count"
          />
        </div>
      )}

      {overview.data !== undefined && (
        <div className="grid-2 grid-top">
          <Panel title="Skill levels" aside="learners" testId="learning-skill-panel">
            <Distribution
              buckets={overview.data.distributions.skill}
              what="skill level"
              testId="learning-skill-chart"
            />
          </Panel>
          <Panel title="Learning pace" aside="learners" testId="learning-pace-panel">
            <Distribution buckets={overview.data.distributions.pace} what="pace" testId="learning-pace-chart" />
          </Panel>
        </div>
      )}

      {isStaff && (
        <Panel title="Staff actions" aside="learning staff only" testId="learning-actions-panel">
          <StaffActions />
        </Panel>
      )}

      <Panel
        title="Study groups"
        aside={
          <select
            aria-label="Which groups"
            value={filter}
            onChange={(e) => setFilter(e.target.value as GroupFilter)}
            data-testid="learning-groups-filter"
          >
            <option value="active">Active</option>
            <option value="disbanded">Disbanded</option>
            <option value="all">All</option>
          </select>
        }
        testId="learning-groups-panel"
      >
        <LearningQueryStatus error={groups.error} pending={groups.isPending} what="Groups" testId="learning-groups" />
        {groups.data !== undefined && <GroupsTable groups={groups.data.groups} filter={filter} />}
      </Panel>

      <div className="grid-2 grid-top">
        <Panel
          title="Formation rounds"
          aside={rounds.data === undefined ? undefined : `${rounds.data.total} in all`}
          testId="learning-rounds-panel"
        >
          <LearningQueryStatus error={rounds.error} pending={rounds.isPending} what="Rounds" testId="learning-rounds" />
          {rounds.data !== undefined && <RoundsTable rounds={rounds.data.rounds} />}
        </Panel>
        <Panel title="Mentor load" aside="active mentees / capacity" testId="learning-mentors-panel">
          <LearningQueryStatus
            error={mentors.error}
            pending={mentors.isPending}
            what="Mentors"
            testId="learning-mentors"
          />
          {mentors.data !== undefined && <MentorLoad mentors={mentors.data.mentors} />}
        </Panel>
      </div>

      <Panel
        title="Journey progress"
        aside={mentorships.data === undefined ? undefined : `${mentorships.data.mentorships.length} active`}
        testId="learning-journeys-panel"
      >
        <LearningQueryStatus
          error={mentorships.error}
          pending={mentorships.isPending}
          what="Mentorships"
          testId="learning-journeys"
        />
        {mentorships.data !== undefined && <JourneyTable mentorships={mentorships.data.mentorships} />}
      </Panel>
    </div>
  );
}
