// The deliveries part's events: payload types (merged into core's EventPayloads) and a summary
// each; `githubEvents` joins the parts' definitions.
import type { EventDefinition } from '../../../core/defineEvents.js';
import type { GithubDelivery } from './GithubDelivery.js';

declare module '../../../core/DomainEvent.js' {
  interface EventPayloads {
    /**
     * A signed GitHub delivery was accepted (once per delivery id: a redelivery is the same
     * event). Handlers route it to channels and credit linked members.
     */
    'github.delivery_received': GithubDelivery;
  }
}

/** A summary line for each of the part's event types. */
export const deliveriesEvents: { [T in 'github.delivery_received']: EventDefinition<T> } = {
  'github.delivery_received': {
    summary: (p) =>
      `GitHub ${p.event}${p.action === null ? '' : ` ${p.action}`}${p.repository === null ? '' : ` in ${p.repository}`}${p.sender === null ? '' : ` by ${p.sender.login}`}`,
  },
};
