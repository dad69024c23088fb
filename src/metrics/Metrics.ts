import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one Guildhall process, in its own registry (so tests and several
 * instances in one process never share counters). Served at `/metrics`.
 */
export class Metrics {
  readonly registry = new Registry();
  /** Events fully handled, by event type. */
  readonly eventsHandled = new Counter({
    name: 'guildhall_events_handled_total',
    help: 'Domain events handled by all subscribed modules, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  /** Redeliveries dropped by the event log. */
  readonly eventsDuplicate = new Counter({
    name: 'guildhall_events_duplicate_total',
    help: 'Events delivered again (gateway resume, re-import) and recorded once',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  /** Outbox actions carried out, given up or put off for a retry. */
  readonly outboxActions = new Counter({
    name: 'guildhall_outbox_actions_total',
    help: 'Platform actions of the outbox, by action and outcome (done, failed, retry)',
    labelNames: ['action', 'outcome'] as const,
    registers: [this.registry],
  });
  /** Module handlers that threw. */
  readonly handlerErrors = new Counter({
    name: 'guildhall_handler_errors_total',
    help: 'Module handler failures, by module and event type',
    labelNames: ['module', 'type'] as const,
    registers: [this.registry],
  });
  /** Time from an event's occurrence to the end of its handling. */
  readonly eventLatency = new Histogram({
    name: 'guildhall_event_handling_seconds',
    help: 'Seconds from recording an event to the end of its handling',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });
  /** How late jobs start relative to their run_at. */
  readonly jobLag = new Histogram({
    name: 'guildhall_job_lag_seconds',
    help: 'Seconds between a job being due and it starting',
    buckets: [0.01, 0.1, 0.5, 1, 5, 30, 60, 300],
    registers: [this.registry],
  });
  /** Jobs run, by module, name and outcome. */
  readonly jobsRun = new Counter({
    name: 'guildhall_jobs_run_total',
    help: 'Jobs run, by module, name and outcome (done, retry, failed)',
    labelNames: ['module', 'name', 'outcome'] as const,
    registers: [this.registry],
  });
  /** Jobs waiting. */
  readonly jobsPending = new Gauge({
    name: 'guildhall_jobs_pending',
    help: 'Jobs pending at the last scheduler poll',
    registers: [this.registry],
  });

  /** @param defaults - also collect Node's default metrics (event-loop lag, memory, GC) */
  constructor(defaults = false) {
    if (defaults) collectDefaultMetrics({ register: this.registry, prefix: 'guildhall_' });
  }
}
