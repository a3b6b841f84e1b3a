import { INestApplication } from '@nestjs/common';
import supertest from 'supertest';

/**
 * A browser-like client: keeps cookies, fetches the CSRF token once and sends it on every
 * state-changing request, as the portal does.
 */
export class HttpClient {
  readonly agent: supertest.Agent;
  csrfToken: string | undefined;

  /** `app`: an application in this process, or the URL of one running elsewhere. */
  constructor(app: INestApplication | string) {
    this.agent = supertest.agent(typeof app === 'string' ? app : app.getHttpServer());
  }

  get(path: string) {
    return this.agent.get(path);
  }

  /** `headers`: extra request headers, e.g. Idempotency-Key. */
  async post(path: string, body?: unknown, headers: Record<string, string> = {}) {
    // The token first: the agent attaches its cookies when a request is created.
    const token = await this.csrf();
    const request = this.agent.post(path).set('X-CSRF-Token', token).set(headers);
    return body === undefined ? request : request.send(body as object);
  }

  async put(path: string, body: unknown, headers: Record<string, string> = {}) {
    const token = await this.csrf();
    return this.agent.put(path).set('X-CSRF-Token', token).set(headers).send(body as object);
  }

  async patch(path: string, body: unknown, headers: Record<string, string> = {}) {
    const token = await this.csrf();
    return this.agent.patch(path).set('X-CSRF-Token', token).set(headers).send(body as object);
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const response = await this.agent.get('/api/v1/auth/csrf').expect(200);
      this.csrfToken = response.body.token as string;
    }
    return this.csrfToken;
  }

  async login(email: string, password: string) {
    return this.post('/api/v1/auth/login', { email, password });
  }
}

/** For `.then(status(200))`: fails with the response body when the status differs. */
export function status(expected: number) {
  return (response: supertest.Response): supertest.Response => {
    if (response.status !== expected) {
      throw new Error(`Expected HTTP ${expected}, got ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response;
  };
}
