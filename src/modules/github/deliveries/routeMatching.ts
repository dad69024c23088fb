import picomatch from 'picomatch';
import type { DeliveriesConfig, DeliveryRoute } from './deliveriesConfig.js';
import type { GithubActor, GithubDelivery } from './GithubDelivery.js';

/**
 * A glob matcher (picomatch, as GitHub Actions' branch filters): `*` any characters but `/`,
 * `**` any path, `?` one character, `{a,b}` either; dots are ordinary characters.
 * @param glob - `main`, `release/*`, `feature/**`
 * @param options - `nocase` for repository names
 */
export function globMatcher(glob: string, options: { nocase?: boolean } = {}): (value: string) => boolean {
  return picomatch(glob, { dot: true, nocase: options.nocase === true });
}

/**
 * Whether a repository is in a list of `owner/name` (or `owner/*`) entries, case-insensitively;
 * an empty list allows every repository.
 * @param allowed - the list
 * @param repository - `owner/name`, or null
 */
export function repositoryMatches(allowed: readonly string[], repository: string | null): boolean {
  if (allowed.length === 0) return true;
  if (repository === null) return false;
  return allowed.some((entry) => globMatcher(entry, { nocase: true })(repository));
}

/** Whether a sender is a bot: type `Bot` or a `[bot]` login. */
export function isBot(actor: GithubActor | null): boolean {
  return actor !== null && (actor.type === 'Bot' || actor.login.toLowerCase().endsWith('[bot]'));
}

/** The branch a delivery is about: base branch of a pull request or review, pushed branch. */
export function branchOf(delivery: GithubDelivery): string | null {
  const s = delivery.subject;
  if (s === null) return null;
  if (s.kind === 'pull_request' || s.kind === 'review') return s.baseBranch;
  if (s.kind === 'push') return s.branch;
  return null;
}

/** The author a route's author filters look at: of the issue, pull request, review or release, else the sender. */
export function authorOf(delivery: GithubDelivery): string | null {
  const s = delivery.subject;
  if (s !== null && (s.kind === 'issue' || s.kind === 'pull_request' || s.kind === 'release')) return s.author.login;
  if (s?.kind === 'review') return s.reviewer.login;
  if (s?.kind === 'push' && s.pusher !== '') return s.pusher;
  return delivery.sender?.login ?? null;
}

function labelsOf(delivery: GithubDelivery): string[] {
  const s = delivery.subject;
  return s !== null && (s.kind === 'issue' || s.kind === 'pull_request') ? s.labels : [];
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Why a route does not take a delivery, or null when it does.
 * @param route - the route
 * @param delivery - the delivery
 */
export function routeRefusal(route: DeliveryRoute, delivery: GithubDelivery): string | null {
  if (!route.events.includes('*') && !route.events.includes(delivery.event)) return 'no route for the event';
  if (route.actions !== undefined && (delivery.action === null || !route.actions.includes(delivery.action))) {
    return `action ${delivery.action ?? '(none)'} not in ${route.actions.join(', ')}`;
  }
  if (route.repositories !== undefined && !repositoryMatches(route.repositories, delivery.repository)) {
    return `repository ${delivery.repository ?? '(none)'} not in ${route.repositories.join(', ')}`;
  }
  if (route.branches !== undefined) {
    const branch = branchOf(delivery);
    if (branch === null || !route.branches.some((glob) => globMatcher(glob)(branch))) {
      return `branch ${branch ?? '(none)'} not in ${route.branches.join(', ')}`;
    }
  }
  if (route.labels !== undefined) {
    const wanted = route.labels.map((l) => l.toLowerCase());
    if (!labelsOf(delivery).some((l) => wanted.includes(l.toLowerCase()))) {
      return `no label of ${route.labels.join(', ')}`;
    }
  }
  const author = authorOf(delivery);
  if (route.authors !== undefined && (author === null || !route.authors.some((a) => sameLogin(a, author)))) {
    return `author ${author ?? '(none)'} not in ${route.authors.join(', ')}`;
  }
  if (route.excludeAuthors !== undefined && author !== null && route.excludeAuthors.some((a) => sameLogin(a, author))) {
    return `author ${author} excluded`;
  }
  return null;
}

/** The routes taking a delivery, or the reason none does. */
export type RouteMatch = { routes: DeliveryRoute[]; reason: null } | { routes: []; reason: string };

/**
 * The routes that take a delivery, in config order, after the bot filter. When none does, the
 * reason is the first refusal of a route listening to the event (`branch … not in …`), else
 * `no route for the event`.
 * @param config - `github.deliveries`
 * @param delivery - the delivery
 */
export function matchRoutes(
  config: Pick<DeliveriesConfig, 'ignoreBots' | 'routes'>,
  delivery: GithubDelivery,
): RouteMatch {
  if (config.ignoreBots && isBot(delivery.sender)) {
    return { routes: [], reason: `bot sender ${delivery.sender?.login ?? ''}`.trim() };
  }
  const refusals = config.routes.map((route) => routeRefusal(route, delivery));
  const routes = config.routes.filter((_, i) => refusals[i] === null);
  if (routes.length > 0) return { routes, reason: null };
  return {
    routes: [],
    reason: refusals.find((r) => r !== null && r !== 'no route for the event') ?? 'no route for the event',
  };
}
