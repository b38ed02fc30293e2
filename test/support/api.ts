/**
 * The read API as a test client uses it: GET with or without a token, from a chosen address, and a check of every
 * answer against the OpenAPI document the archive publishes (the 200 schema of the documented path it matches, or
 * the Error schema), compiled with Ajv's JSON Schema 2020-12 dialect as OpenAPI 3.1 reads it.
 */
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { LightMyRequestResponse } from 'fastify';
import type { TestArchive } from './archive.ts';
import type { Client } from './client.ts';

/** Options of one API request. */
export interface ApiOptions {
  token?: string;
  ip?: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'DELETE';
  /** A body to send (with its content-type in `headers`). */
  payload?: string;
}

/** Makes a token for a logged-in member through the settings page, as a person would; returns the token shown. */
export async function makeToken(client: Client, name = 'test tool'): Promise<string> {
  const res = await client.post('/settings/api-tokens', { 'token[name]': name });
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  const token = /id="new_token" value="(quire_[\w-]+)"/.exec(res.body)?.[1];
  assert.ok(token, 'the new token is shown');
  return token;
}

type Document = { paths: Record<string, unknown> };

/** A client of one archive's API that checks every answer against the published document. */
export class ApiClient {
  readonly archive: TestArchive;
  private validate?: (path: string, status: number, body: unknown) => string | undefined;
  /** Documented paths answered 200 so far (for a coverage check). */
  readonly answered = new Set<string>();
  constructor(archive: TestArchive) {
    this.archive = archive;
  }

  private async validator() {
    if (this.validate) return this.validate;
    const doc = (await this.archive.server.inject({ method: 'GET', url: '/api/v1/openapi.json', remoteAddress: '192.0.2.250' })).json() as Document;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    ajv.addSchema(doc, 'openapi');
    const templates = Object.keys(doc.paths).map((p) => ({ p, re: new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`) }));
    const pointer = (p: string) => p.replaceAll('~', '~0').replaceAll('/', '~1');
    this.validate = (path, status, body) => {
      const template = templates.find((t) => t.re.test(path))?.p;
      const ref = status === 200 ? `openapi#/paths/${pointer(template ?? '')}/get/responses/200/content/application~1json/schema` : 'openapi#/components/schemas/Error';
      if (status === 200 && !template) return `${path} is not in the document`;
      if (status === 200) this.answered.add(template!);
      const check = ajv.getSchema(ref);
      if (!check) return `no schema at ${ref}`;
      return check(body) ? undefined : `${path} (${status}) does not match ${ref}: ${ajv.errorsText(check.errors)}`;
    };
    return this.validate;
  }

  /** A request; a JSON answer (anything but 204/304 and HEAD) is checked against the document. */
  async call(url: string, o: ApiOptions = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers };
    const res = await this.archive.server.inject({ method: o.method ?? 'GET', url, remoteAddress: o.ip ?? '192.0.2.10', headers, ...(o.payload === undefined ? {} : { payload: o.payload }) });
    if ((o.method ?? 'GET') === 'GET' && res.statusCode !== 304 && res.statusCode !== 204) {
      assert.match(String(res.headers['content-type']), /^application\/json/, `${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      // The document's paths are relative to its server, /api/v1.
      const problem = (await this.validator())(url.split('?')[0]!.replace(/^\/api\/v1/, ''), res.statusCode, res.json());
      assert.equal(problem, undefined, problem);
    }
    return res;
  }

  /** GET expecting `status`; the parsed body (loosely typed: the document's schema was checked already). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async json<T = any>(url: string, status = 200, o: ApiOptions = {}): Promise<T> {
    const res = await this.call(url, o);
    assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
    return res.json() as T;
  }
}
