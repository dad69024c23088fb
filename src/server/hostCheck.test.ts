import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, testDialect, type TestStore } from '../../test/testStore.js';
import { silentLogger } from '../core/Logger.js';
import { Metrics } from '../metrics/Metrics.js';
import { createHttpServer, type HttpServerOptions } from './createHttpServer.js';
import { isAllowedHost, parseAllowedHosts, parseHost } from './hostCheck.js';

describe('isAllowedHost', () => {
  it('accepts the loopback names and the bind host on the server port, nothing else', () => {
    const policy = { bindHost: '192.168.1.5' };
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST:3000', '192.168.1.5:3000']) {
      expect(isAllowedHost(host, 3000, policy)).toBe(true);
    }
    for (const host of [
      'evil.example',
      'evil.example:3000',
      'localhost:3001',
      'localhost',
      '127.0.0.1.evil.example:3000',
      'localhost:3000@evil.example',
      '192.168.1.6:3000',
      '',
    ]) {
      expect(isAllowedHost(host, 3000, policy)).toBe(false);
    }
    expect(isAllowedHost(undefined, 3000, policy)).toBe(false);
    // No port in the header means 80.
    expect(isAllowedHost('localhost', 80, policy)).toBe(true);
  });

  it('accepts any port when the server is not listening (inject)', () => {
    expect(isAllowedHost('localhost:80', null, {})).toBe(true);
    expect(isAllowedHost('evil.example:80', null, {})).toBe(false);
  });

  it('never takes a wildcard bind address for a name; brackets an IPv6 bind host', () => {
    expect(isAllowedHost('0.0.0.0:3000', 3000, { bindHost: '0.0.0.0' })).toBe(false);
    expect(isAllowedHost('[::]:3000', 3000, { bindHost: '::' })).toBe(false);
    expect(isAllowedHost('[fd00::5]:3000', 3000, { bindHost: 'fd00::5' })).toBe(true);
  });

  it('accepts GUILDHALL_ALLOWED_HOSTS entries: host for any port, host:port for one', () => {
    const allowedHosts = parseAllowedHosts(' guild.example.org , proxy.lan:8443,,[fd00::1] ');
    expect(allowedHosts).toEqual(['guild.example.org', 'proxy.lan:8443', '[fd00::1]']);
    const policy = { allowedHosts };
    expect(isAllowedHost('guild.example.org', 3000, policy)).toBe(true);
    expect(isAllowedHost('Guild.Example.org:443', 3000, policy)).toBe(true);
    expect(isAllowedHost('proxy.lan:8443', 3000, policy)).toBe(true);
    expect(isAllowedHost('proxy.lan:8080', 3000, policy)).toBe(false);
    expect(isAllowedHost('[fd00::1]:3000', 3000, policy)).toBe(true);
    expect(isAllowedHost('sub.guild.example.org', 3000, policy)).toBe(false);
    expect(parseAllowedHosts(undefined)).toEqual([]);
    expect(() => parseAllowedHosts('ok.example, http://bad.example/')).toThrow(/"http:\/\/bad.example\/"/);
  });

  it('parses host[:port] headers', () => {
    expect(parseHost('LocalHost:3000')).toEqual({ name: 'localhost', port: 3000 });
    expect(parseHost('[::1]')).toEqual({ name: '[::1]', port: null });
    expect(parseHost('a b')).toBeNull();
    expect(parseHost('::1')).toBeNull();
  });
});

describe(`createHttpServer: Host header check (${testDialect})`, () => {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await store?.destroy();
    app = undefined;
    store = undefined;
  });

  async function server(options: Partial<HttpServerOptions> = {}): Promise<FastifyInstance> {
    store = await openTestStore();
    app = await createHttpServer({
      store,
      metrics: new Metrics(),
      log: silentLogger(),
      platformKind: 'sandbox',
      webRoot: '/nonexistent',
      ...options,
    });
    app.get('/api/ping', () => ({ pong: true }));
    return app;
  }

  it('refuses another Host with 421 on every route, /healthz included (DNS rebinding)', async () => {
    const http = await server();
    for (const url of ['/healthz', '/metrics', '/api/ping', '/api/nothing-here', '/']) {
      const response = await http.inject({ url, headers: { host: 'evil.example' } });
      expect(response.statusCode).toBe(421);
      expect(response.json()).toEqual({ error: 'host not allowed' });
    }
    const post = await http.inject({ method: 'POST', url: '/api/ping', headers: { host: 'evil.example:3000' } });
    expect(post.statusCode).toBe(421);
  });

  it('answers the loopback names and the configured hosts', async () => {
    const http = await server({ allowedHosts: ['guild.example.org'] });
    expect((await http.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok' });
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:8080', 'guild.example.org']) {
      expect((await http.inject({ url: '/api/ping', headers: { host } })).json()).toEqual({ pong: true });
    }
  });

  it('checks the port of a listening server: only its own', async () => {
    const http = await server();
    await http.listen({ port: 0, host: '127.0.0.1' });
    const { port } = http.server.address() as AddressInfo;
    const get = (host: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/healthz', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await get(`127.0.0.1:${port}`)).toBe(200);
    expect(await get(`localhost:${port}`)).toBe(200);
    expect(await get(`localhost:${port + 1}`)).toBe(421);
    expect(await get(`evil.example:${port}`)).toBe(421);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});
