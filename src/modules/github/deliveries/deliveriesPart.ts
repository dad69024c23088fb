import type { GithubPart } from '../GithubPart.js';
import { deliveriesRoute, deliveryStatsRoute } from './deliveriesRoutes.js';
import { githubWebhook } from './githubWebhook.js';
import { onDeliveryReceived } from './onDeliveryReceived.js';

/**
 * The deliveries part of the github module: the signed webhook, routing each delivery to its
 * channels and forum posts, and the dashboard's delivery list and counts.
 */
export const deliveriesPart: GithubPart = {
  on: { 'github.delivery_received': onDeliveryReceived },
  webhooks: [githubWebhook],
  routes: [deliveriesRoute, deliveryStatsRoute],
};
