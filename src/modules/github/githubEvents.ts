import { defineEvents } from '../../core/defineEvents.js';
import { deliveriesEvents } from './deliveries/deliveriesEvents.js';
import { accountsEvents } from './accounts/accountsEvents.js';

/** The github module's events: its parts'. */
export const githubEvents = defineEvents('github', { ...deliveriesEvents, ...accountsEvents });
