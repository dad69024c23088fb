import { afterEach, describe, expect, it } from 'vitest';
import {
  OnboardingExperiments,
  OnboardingFunnel,
  type FunnelGroup,
} from '../../src/modules/onboarding/reports/OnboardingReportsApi.js';
import { testDialect } from '../testStore.js';
import { openReportsApi, type ReportsApiServer } from './reportsApiServer.js';
import { HOUR, MIN, RANGE } from './reportsFixture.js';

// Every expected figure is counted by hand from test/onboarding/reportsFixture.ts.

/** A group's steps as [id, members, dropOff, medianMs]. */
const stepsOf = (group: FunnelGroup | undefined) => group?.steps.map((s) => [s.id, s.members, s.dropOff, s.medianMs]);

describe(`onboarding reports API (${testDialect})`, () => {
  let api: ReportsApiServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('GET /funnel counts March joiners step by step, with drop-off, median times and completion vs target', async () => {
    api = await openReportsApi();
    const response = await api.app.inject(`/api/onboarding/funnel?${RANGE}`);
    expect(response.statusCode).toBe(200);
    const funnel = OnboardingFunnel.parse(response.json());
    expect(funnel.range).toEqual({ from: '2026-03-01', to: '2026-03-31', days: 31 });
    expect(funnel.by).toBe('none');
    expect(funnel.groups).toEqual([]);
    expect(funnel.completionTarget).toBe(0.6);
    // u1–u8; u9 joined in February, x1 in another guild.
    expect(stepsOf(funnel.total)).toEqual([
      ['joined', 8, 0, 0],
      ['welcomed', 7, 1, 1 * MIN], // 1,1,1,1,1,2,3 min
      ['type_chosen', 5, 2, 6 * MIN], // 2,4,6,10,30 min
      ['rules_accepted', 4, 1, 14 * MIN], // 5,8,20,60 min → (8 + 20) / 2
      ['intro_posted', 4, 0, 2 * HOUR], // 30 min, 1 h, 3 h, 2 d → (1 h + 3 h) / 2
      ['completed', 3, 1, 1 * HOUR], // 30 min, 1 h, 3 h
    ]);
    expect(funnel.total.steps.map((s) => s.dropOffRate)).toEqual([null, 1 / 8, 2 / 7, 1 / 5, 0, 1 / 4]);
    expect(funnel.total.steps.map((s) => s.shareOfJoined)).toEqual([1, 7 / 8, 5 / 8, 4 / 8, 4 / 8, 3 / 8]);
    expect(funnel.total).toMatchObject({ key: 'all', joined: 8, completionRate: 3 / 8, meetsTarget: false });

    expect(funnel.journey.map((s) => s.stepId)).toEqual([
      'orientation',
      'pick-type',
      'introduce',
      'day-1-check-in',
      'day-3-resources',
      'day-7-events',
      'day-14-feedback',
      'day-30-ambassadors',
      'old-step',
    ]);
    expect(funnel.journey[0]).toEqual({
      stepId: 'orientation',
      configured: true,
      sent: { dm: 1, thread: 2, channel: 1 },
      fellBack: 1,
      skipped: 0,
      stopped: 1,
      waiting: 1,
    });
    expect(funnel.journey[2]).toMatchObject({ sent: { dm: 1, thread: 0, channel: 0 }, skipped: 1, waiting: 1 });
    expect(funnel.journey[1]).toMatchObject({ sent: { dm: 0, thread: 0, channel: 0 }, skipped: 0, waiting: 0 });
    expect(funnel.journey[8]).toMatchObject({ configured: false, sent: { dm: 0, thread: 0, channel: 1 } });
  });

  it('GET /funnel?by=type splits by member type, configured types first and "no type yet" last', async () => {
    api = await openReportsApi();
    const funnel = OnboardingFunnel.parse((await api.app.inject(`/api/onboarding/funnel?${RANGE}&by=type`)).json());
    expect(funnel.groups.map((g) => [g.key, g.label, g.joined, g.completionRate])).toEqual([
      ['type:developer', 'Developer', 3, 2 / 3],
      ['type:designer', 'Designer', 1, 1],
      ['type:learner', 'Learner', 1, 0],
      ['type:', 'No type yet', 3, 0],
    ]);
    expect(stepsOf(funnel.groups[0])).toEqual([
      ['joined', 3, 0, 0],
      ['welcomed', 3, 0, 1 * MIN],
      ['type_chosen', 3, 0, 4 * MIN],
      ['rules_accepted', 3, 0, 8 * MIN],
      ['intro_posted', 2, 1, 45 * MIN],
      ['completed', 2, 0, 45 * MIN],
    ]);
    // The learner posted an intro without accepting the rules: more at a step than the one before.
    const learner = funnel.groups[2]?.steps;
    expect(learner?.map((s) => [s.members, s.dropOff, s.dropOffRate])).toEqual([
      [1, 0, null],
      [1, 0, 0],
      [1, 0, 0],
      [0, 1, 1],
      [1, -1, null],
      [0, 1, 1],
    ]);
    expect(funnel.groups[3]?.meetsTarget).toBe(false);
    expect(funnel.groups[1]?.meetsTarget).toBe(true);
    // The total does not depend on the split.
    expect(funnel.total.joined).toBe(8);
  });

  it('GET /funnel?by=variant splits by experiment arm, in config order', async () => {
    api = await openReportsApi();
    const funnel = OnboardingFunnel.parse((await api.app.inject(`/api/onboarding/funnel?${RANGE}&by=variant`)).json());
    expect(funnel.groups.map((g) => [g.key, g.experimentId, g.variantId, g.steps.map((s) => s.members)])).toEqual([
      ['variant:welcome-tone:plain', 'welcome-tone', 'plain', [3, 3, 2, 2, 1, 1]], // u1, u3, u5
      ['variant:welcome-tone:warm', 'welcome-tone', 'warm', [3, 3, 3, 2, 3, 2]], // u2, u4, u7
      ['variant:tea:tea', 'tea', 'tea', [1, 1, 0, 0, 0, 0]], // u8
      ['variant:day30:b', 'day30', 'b', [2, 2, 2, 2, 2, 2]], // u1, u2
    ]);
    expect(funnel.groups[3]?.steps.at(-1)?.medianMs).toBe(2 * HOUR); // 1 h and 3 h
  });

  it('GET /funnel refuses a reversed or malformed range', async () => {
    api = await openReportsApi();
    const reversed = await api.app.inject('/api/onboarding/funnel?from=2026-03-31&to=2026-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toEqual({ error: 'from must be on or before to.' });
    expect((await api.app.inject('/api/onboarding/funnel?by=weekday')).statusCode).toBe(400);
  });

  it('GET /funnel.csv downloads one row per group and step', async () => {
    api = await openReportsApi();
    const response = await api.app.inject(`/api/onboarding/funnel.csv?${RANGE}&by=type`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('onboarding-funnel-2026-03-01-to-2026-03-31-by-type.csv');
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'group,step,members,share_of_joined,drop_off,drop_off_rate,median_hours,completion_rate,completion_target',
    );
    expect(lines).toHaveLength(1 + 5 * 6);
    expect(lines[6]).toBe('all,completed,3,0.375,1,0.25,1,0.375,0.6');
    expect(lines[7]).toBe('type:developer,joined,3,1,0,,0,0.6666666666666666,0.6');
  });

  it('GET /experiments: trials are members whose outcome window closed; collecting until the planned sample, then the verdict', async () => {
    api = await openReportsApi();
    const body = OnboardingExperiments.parse((await api.app.inject('/api/onboarding/experiments')).json());
    expect(body.experiments.map((e) => e.id)).toEqual(['welcome-tone', 'tea', 'day30']);
    const [tone, tea, day30] = body.experiments;

    // Intro within 7 days, judged for joins up to 24 March noon: u7 (25 March) still waits.
    expect(tone?.arms).toEqual([
      { variantId: 'plain', role: 'control', assigned: 4, trials: 4, waiting: 0 },
      { variantId: 'warm', role: 'treatment', assigned: 3, trials: 2, waiting: 1 },
    ]);
    expect(tone?.analysis).toEqual({
      status: 'collecting',
      requiredPerArm: 1094,
      control: { variantId: 'plain', successes: 1, trials: 4, remaining: 1090 }, // u1 (u9's intro took 8 days)
      treatment: { variantId: 'warm', successes: 2, trials: 2, remaining: 1092 },
    });

    // Verified within 7 days: milk 1/4 (t1), tea 3/4 (t5, t6, t7; t8 took 8 days); 4 per arm
    // needed. Fisher's tea-tasting table: p = 34/70.
    expect(tea?.arms.map((a) => [a.variantId, a.trials, a.waiting])).toEqual([
      ['milk', 4, 0],
      ['tea', 4, 1],
    ]);
    const analysis = tea?.analysis;
    expect(analysis?.status).toBe('complete');
    if (analysis?.status !== 'complete') return;
    expect(analysis.control).toMatchObject({ successes: 1, trials: 4, rate: 0.25 });
    expect(analysis.treatment).toMatchObject({ successes: 3, trials: 4, rate: 0.75 });
    // Wilson 95 % intervals of 1/4 and 3/4.
    expect(analysis.control.interval.lower).toBeCloseTo(0.04559, 4);
    expect(analysis.control.interval.upper).toBeCloseTo(0.69936, 4);
    expect(analysis.treatment.interval.lower).toBeCloseTo(0.30064, 4);
    expect(analysis.comparison.test).toBe('fisher_exact');
    expect(analysis.comparison.pValue).toBeCloseTo(34 / 70, 10);
    expect(analysis.comparison.difference).toBeCloseTo(0.5, 12);
    expect(analysis.significant).toBe(false);

    // Active at day 30, judged for joins up to 1 March noon: a = u9 (active day 33), t1 (day 14);
    // b = t5 (active exactly day 30), u1 (day 29); u2 still waits.
    expect(day30?.arms.map((a) => [a.variantId, a.assigned, a.trials, a.waiting])).toEqual([
      ['a', 2, 2, 0],
      ['b', 3, 2, 1],
    ]);
    expect(day30?.analysis).toMatchObject({
      status: 'collecting',
      requiredPerArm: 10,
      control: { successes: 1, trials: 2, remaining: 8 },
      treatment: { successes: 1, trials: 2, remaining: 8 },
    });
    expect(day30).toMatchObject({ outcomeLabel: 'Active at day 30', windowDays: 30 });
  });
});
