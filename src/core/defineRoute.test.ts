import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from './defineModule.js';
import { defineRoute, pathParameters } from './defineRoute.js';

const answer = z.object({ ok: z.boolean() });

describe('defineRoute', () => {
  it('infers the parsed params, query and body from their schemas', () => {
    const route = defineRoute({
      method: 'POST',
      path: '/appeals/:appealId/decision',
      access: 'moderator',
      summary: 'decide',
      params: z.object({ appealId: z.coerce.number().int() }),
      query: z.object({ dryRun: z.enum(['yes', 'no']).default('no') }),
      body: z.object({ outcome: z.enum(['upheld', 'overturned']) }),
      response: answer,
      handle(input) {
        expectTypeOf(input.params.appealId).toEqualTypeOf<number>();
        expectTypeOf(input.query.dryRun).toEqualTypeOf<'yes' | 'no'>();
        expectTypeOf(input.body.outcome).toEqualTypeOf<'upheld' | 'overturned'>();
        expectTypeOf(input.actor.userId).toEqualTypeOf<string>();
        return Promise.resolve({ status: 200, body: { ok: true } });
      },
    });
    expect(route.path).toBe('/appeals/:appealId/decision');
    defineRoute({
      method: 'GET',
      path: '/x',
      access: 'viewer',
      summary: 'x',
      response: answer,
      // @ts-expect-error the body must match the response schema
      handle: () => Promise.resolve({ status: 200, body: { ok: 'yes' } }),
    });
  });

  it('refuses a malformed path, a GET with a body, and params that differ from the path', () => {
    const base = {
      access: 'viewer',
      summary: 's',
      response: answer,
      handle: () => Promise.reject(new Error()),
    } as const;
    expect(() => defineRoute({ ...base, method: 'GET', path: 'cases' })).toThrow('the path must be');
    expect(() => defineRoute({ ...base, method: 'GET', path: '/Cases' })).toThrow('the path must be');
    expect(() => defineRoute({ ...base, method: 'GET', path: '/cases/' })).toThrow('the path must be');
    expect(() => defineRoute({ ...base, method: 'GET', path: '/cases', body: z.object({}) })).toThrow(
      'a GET has no body',
    );
    expect(() => defineRoute({ ...base, method: 'GET', path: '/cases/:caseNumber' })).toThrow(
      'exactly the keys caseNumber',
    );
    expect(() =>
      defineRoute({ ...base, method: 'GET', path: '/cases/:caseNumber', params: z.object({ id: z.string() }) }),
    ).toThrow('exactly the keys caseNumber');
    expect(() => defineRoute({ ...base, method: 'GET', path: '/cases', params: z.object({ id: z.string() }) })).toThrow(
      'exactly the keys (none)',
    );
    expect(
      defineRoute({ ...base, method: 'GET', path: '/cases/:caseNumber', params: z.object({ caseNumber: z.string() }) })
        .path,
    ).toBe('/cases/:caseNumber');
  });

  it('lists the parameters of a path', () => {
    expect(pathParameters('/members/:userId/cases/:caseNumber')).toEqual(['userId', 'caseNumber']);
    expect(pathParameters('/lockdown/end')).toEqual([]);
  });

  it('a module may not declare the same method and path twice', () => {
    const route = (path: string) =>
      defineRoute({
        method: 'GET',
        path,
        access: 'viewer',
        summary: 's',
        params: z.object({ id: z.string() }),
        response: answer,
        handle: () => Promise.resolve({ status: 200, body: { ok: true } }),
      });
    expect(() =>
      defineModule({
        id: 'demo',
        description: 'd',
        config: z.object({}).default({}),
        routes: [route('/things/:id'), { ...route('/things/:id'), path: '/things/:other' }],
      }),
    ).toThrow('route GET /api/demo/things/:other is declared twice');
  });
});
