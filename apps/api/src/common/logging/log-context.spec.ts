import Fastify from 'fastify';
import { JsonLogger } from './json-logger';
import { currentRequestId, installLogContext } from './log-context';

describe('log context', () => {
  it("gives every line a handler logs, even after awaits, its request's id, and sends the id back as X-Request-Id", async () => {
    const lines: string[] = [];
    const logger = new JsonLogger('info', (line) => lines.push(line));
    let next = 0;
    const fastify = Fastify({ genReqId: () => `req-${++next}` });
    installLogContext(fastify);
    fastify.get('/work', async () => {
      logger.log({ msg: 'before' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn({ msg: 'after' }, 'Service');
      return { ok: true };
    });
    try {
      const [a, b] = await Promise.all([fastify.inject({ url: '/work' }), fastify.inject({ url: '/work' })]);
      const ids = [a.headers['x-request-id'], b.headers['x-request-id']];
      expect(new Set(ids)).toEqual(new Set(['req-1', 'req-2']));
      const logged = lines.map((line) => JSON.parse(line) as { msg: string; reqId?: string });
      expect(logged).toHaveLength(4);
      // Interleaved requests keep their own ids.
      for (const id of ids) expect(logged.filter((line) => line.reqId === id).map((line) => line.msg).sort()).toEqual(['after', 'before']);
    } finally {
      await fastify.close();
    }
  });

  it('leaves lines written outside a request without an id', () => {
    const lines: string[] = [];
    new JsonLogger('info', (line) => lines.push(line)).log('started');
    expect(currentRequestId()).toBeUndefined();
    expect(JSON.parse(lines[0])).not.toHaveProperty('reqId');
  });
});
