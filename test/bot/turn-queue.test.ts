/** The turn queue on its own: one turn at a time per conversation, in order; others in parallel. */
import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../src/bot/turn-queue.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('TurnQueue', () => {
  it('runs a conversation’s turns one after another in arrival order, other conversations meanwhile', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const first = deferred();
    const a1 = queue.run('a', async () => {
      order.push('a1 start');
      await first.promise;
      order.push('a1 end');
    });
    const a2 = queue.run('a', async () => void order.push('a2'));
    const b1 = queue.run('b', async () => void order.push('b1'));
    await b1;
    // b ran while a1 was still waiting; a2 has not started.
    expect(order).toEqual(['a1 start', 'b1']);
    first.resolve();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('goes on after a failed turn, and idle() waits for everything in flight', async () => {
    const queue = new TurnQueue();
    const failed = queue.run('a', async () => {
      throw new Error('turn failed');
    });
    await expect(failed).rejects.toThrow('turn failed');
    const gate = deferred();
    let done = false;
    void queue.run('a', async () => {
      await gate.promise;
      done = true;
    });
    const idle = queue.idle();
    gate.resolve();
    await idle;
    expect(done).toBe(true);
  });
});
