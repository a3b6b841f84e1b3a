import { createTestApp, SmtpCapture, status, TestApp } from '@onward/api/testing';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import supertest from 'supertest';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never says a word, like a hung SMTP relay. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const health = (t: TestApp) => supertest(t.app.getHttpServer()).get('/api/v1/health');

describe('Health', () => {
  it("sends back each request's id as X-Request-Id, and the request's log line carries the same id", async () => {
    const t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    try {
      const responses = await Promise.all([health(t), health(t), supertest(t.app.getHttpServer()).get('/api/v1/no-such-route')]);
      const ids = responses.map((response) => response.headers['x-request-id']);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const requestLines = t.logs.map((line) => JSON.parse(line) as { msg?: string; reqId?: string; route?: string }).filter((line) => line.msg === 'request');
      for (const id of ids) expect(requestLines.filter((line) => line.reqId === id)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('reports every embedded component up with 200 on the zero-setup default', async () => {
    const t = await createTestApp({ engine: 'embedded', env: { RUN_WORKERS: 'false' } });
    try {
      const response = await health(t).then(status(200));
      expect(response.body).toEqual({
        status: 'ok',
        components: {
          database: { status: 'up', engine: 'embedded' },
          queue: { status: 'up', engine: 'pg-boss' },
          search: { status: 'up', engine: 'embedded' },
          mail: { status: 'up', engine: 'embedded' },
        },
      });
    } finally {
      await t.close();
    }
  });

  describe('with Meilisearch and SMTP configured', () => {
    let smtp: SmtpCapture;
    let hung: Awaited<ReturnType<typeof silentServer>>;

    beforeAll(async () => {
      smtp = await SmtpCapture.start();
      hung = await silentServer();
    });
    afterAll(async () => {
      await smtp.close();
      await hung.close();
    });

    it('is degraded but still 200 when the search server is down and the mail server is up', async () => {
      const t = await createTestApp({ env: { RUN_WORKERS: 'false', MEILISEARCH_URL: `http://127.0.0.1:${await closedPort()}`, SMTP_URL: smtp.url } });
      try {
        const response = await health(t).then(status(200));
        expect(response.body).toEqual({
          status: 'degraded',
          components: {
            database: { status: 'up', engine: 'postgresql' },
            queue: { status: 'up', engine: 'pg-boss' },
            search: { status: 'down', engine: 'meilisearch' },
            mail: { status: 'up', engine: 'smtp' },
          },
        });
      } finally {
        await t.close();
      }
    });

    it('answers within its 3 s check timeout when a mail server hangs', async () => {
      const t = await createTestApp({ env: { RUN_WORKERS: 'false', SMTP_URL: `smtp://127.0.0.1:${hung.port}` } });
      try {
        const started = Date.now();
        const response = await health(t).then(status(200));
        expect(Date.now() - started).toBeLessThan(6000);
        expect(response.body.status).toBe('degraded');
        expect(response.body.components.mail).toEqual({ status: 'down', engine: 'smtp' });
        expect(response.body.components.database.status).toBe('up');
      } finally {
        await t.close();
      }
    });
  });

  it('answers 503 when the database is gone', async () => {
    const t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    try {
      await health(t).then(status(200));
      // Ends every connection to the app's own database and removes it.
      await t.db.drop();
      const response = await health(t).then(status(503));
      expect(response.body.status).toBe('down');
      expect(response.body.components.database).toEqual({ status: 'down', engine: 'postgresql' });
      expect(response.body.components.queue.status).toBe('down');
      expect(JSON.stringify(response.body)).not.toMatch(/does not exist|ECONN|stack|test_/);
    } finally {
      await t.close();
    }
  });
});
