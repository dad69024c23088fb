import { describe, expect, it } from 'vitest';
import { GuildQueues } from './GuildQueues.js';

/** A task that records its name once `release` resolves. */
function task(ran: string[], name: string, release: Promise<void> = Promise.resolve()): () => Promise<void> {
  return async () => {
    await release;
    ran.push(name);
  };
}

describe('GuildQueues', () => {
  it('runs a guild’s tasks in order, and an urgent task ahead of the ordinary ones still waiting', async () => {
    const queues = new GuildQueues();
    const ran: string[] = [];
    let open!: () => void;
    const first = new Promise<void>((resolve) => (open = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const one = queues.enqueue('g', async () => {
      started();
      await task(ran, 'message 1', first)();
    });
    await running;
    const done = [
      one,
      queues.enqueue('g', task(ran, 'message 2')),
      queues.enqueue('g', task(ran, 'message 3')),
      queues.enqueue('g', task(ran, 'command A'), { urgent: true }),
      queues.enqueue('g', task(ran, 'command B'), { urgent: true }),
      queues.enqueue('g', task(ran, 'message 4')),
    ];
    expect(queues.pending).toBe(6);
    open();
    await Promise.all(done);
    expect(ran).toEqual(['message 1', 'command A', 'command B', 'message 2', 'message 3', 'message 4']);
    expect(queues.pending).toBe(0);
  });

  it('rejects a failing task’s own promise and goes on; idle waits for tasks queued meanwhile', async () => {
    const queues = new GuildQueues();
    const ran: string[] = [];
    const failing = queues.enqueue('g', () => Promise.reject(new Error('boom')));
    void queues.enqueue('g', async () => {
      ran.push('after');
      void queues.enqueue('h', task(ran, 'queued meanwhile'));
      await Promise.resolve();
    });
    await expect(failing).rejects.toThrow('boom');
    await queues.idle();
    expect(ran).toEqual(['after', 'queued meanwhile']);
    expect(queues.pending).toBe(0);
  });
});
