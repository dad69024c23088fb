import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardBlueprintPlan } from '../../src/app/dashboardBlueprintPlan.js';
import { loadModules } from '../../src/app/loadModules.js';
import { starterConfig } from '../../src/config/starterConfig.js';
import { moduleList } from '../../src/modules/moduleList.js';
import type { ConfigPlan, ConfigResponse } from '../../src/server/dashboard/config/ConfigApi.js';
import { registerConfigRoutes } from '../../src/server/dashboard/config/registerConfigRoutes.js';
import { createTestEngine, type TestEngine } from '../createTestEngine.js';

let t: TestEngine | undefined;
let app: FastifyInstance | undefined;

/** The starter file with a Helper role on top of the blueprint and a mod-log channel the guild lacks. */
const edited = starterConfig()
  .replace('  roles:\n    - name: Admin', '  roles:\n    - name: Helper\n      color: "#123456"\n    - name: Admin')
  .replace('modLogChannel: mod-log', 'modLogChannel: mod-logs');

/**
 * Serves the config page of `text`; the engine (and the plan) runs on `engineText` (default
 * `text`), since an engine cannot start on an invalid file.
 */
async function serve(
  text: string,
  options: { engineText?: string; plan?: () => Promise<ConfigPlan> } = {},
): Promise<ConfigResponse> {
  const engineText = options.engineText ?? text;
  t = await createTestEngine({ configText: engineText, scheduler: 'none' });
  const engine = t;
  const { modules } = loadModules({ configText: engineText, configPath: 'community.yaml' });
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Stands in for the auth hook (written apart): a signed-in admin.
  app.addHook('preHandler', (request, _reply, done) => {
    request.dashboardUser = { userId: '1', name: 'admin', role: 'admin', devLogin: true };
    done();
  });
  registerConfigRoutes(app, {
    path: 'community.yaml',
    text,
    modules: moduleList,
    guildId: engine.guild.id,
    fetchGuild: (id) => engine.sandbox.fetchGuild(id),
    plan:
      options.plan ??
      dashboardBlueprintPlan({ store: engine.store, platform: engine.sandbox, guildId: engine.guild.id, modules }),
  });
  const response = await app.inject({ method: 'GET', url: '/api/config' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ConfigResponse>();
}

afterEach(async () => {
  await app?.close();
  await t?.close();
  app = undefined;
  t = undefined;
});

describe('GET /api/config', () => {
  it('shows the file as loaded, valid, with a warning for a channel the live guild lacks', async () => {
    const config = await serve(edited);
    expect(config.path).toBe('community.yaml');
    expect(config.yaml).toBe(edited);
    expect(config.validation.valid).toBe(true);
    expect(config.validation.errors).toEqual([]);
    const warnings = config.validation.warnings.filter((w) => w.path === 'moderation.modLogChannel');
    // Both checks: against the file's own `server:` section (as validate) and the live guild.
    expect(warnings.map((w) => w.message)).toEqual([
      'no channel "mod-logs" in server (did you mean "mod-log"?)',
      'no channel "mod-logs" on the server (did you mean "mod-log"?)',
    ]);
    const warning = warnings[1];
    expect(warning?.text).toBe(
      `community.yaml:${warning?.line ?? 0}: moderation.modLogChannel: ${warning?.message ?? ''}`,
    );
  });

  it('lists what the blueprint would change on the live guild', async () => {
    const { plan } = await serve(edited);
    expect(plan.enabled).toBe(true);
    expect(plan.error).toBeNull();
    expect(plan.upToDate).toBe(false);
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ kind: 'role', action: 'create', target: '@Helper', executable: true }),
    );
  });

  it('says the blueprint is off when server.enabled is false', async () => {
    const { plan } = await serve(
      starterConfig()
        .replace('server:\n', 'server:\n  enabled: false\n')
        .replace(/\n {2}# Turn the blueprint on or off[^\n]*\n[^\n]*\n {2}enabled: true/, ''),
    );
    expect(plan).toEqual({ enabled: false, changes: [], upToDate: true, problems: [], error: null });
  });

  it('reports the errors of a file that no longer validates, with lines', async () => {
    const broken = starterConfig().replace('moderation:\n', 'moderation:\n  colour: blue\n');
    const { validation } = await serve(broken, { engineText: starterConfig() });
    expect(validation.valid).toBe(false);
    expect(validation.warnings).toEqual([]);
    expect(validation.errors[0]?.path).toContain('moderation');
    expect(validation.errors[0]?.line).toBeGreaterThan(1);
  });

  it('gives the planner’s error instead of failing the page', async () => {
    const { plan, validation } = await serve(starterConfig(), {
      plan: () => Promise.reject(new Error('Discord is unreachable')),
    });
    expect(validation.valid).toBe(true);
    expect(plan.error).toBe('Discord is unreachable');
  });
});
