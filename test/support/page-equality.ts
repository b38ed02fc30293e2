/**
 * Checking pages served from a node's page cache (guests' pages, members' templates) against what a node without
 * the cache renders for the same reader: the cached page must be that page byte for byte, its tokens aside.
 */
import assert from 'node:assert/strict';
import { Client } from './client.ts';
import { startSecondNode, type SecondNode, type TestArchive } from './archive.ts';

/** A second node on the archive's database with the page cache off; close it before the archive. */
export const startUncachedNode = (archive: TestArchive): Promise<SecondNode> => startSecondNode(archive, { PAGE_CACHE_MB: '0' });

/** The client's page at `url` from its own node and from `uncached` (same cookies), each through `comparable`. */
export async function bothWays(client: Client, uncached: SecondNode, url: string, comparable: (body: string, token: string) => string): Promise<[string, string]> {
  const cached = await client.get(url);
  assert.equal(cached.statusCode, 200, `${url}: ${cached.body.slice(0, 200)}`);
  const other = new Client(uncached.server, '198.51.100.99');
  for (const [k, v] of client.cookies) other.cookies.set(k, v);
  const rendered = await other.get(url);
  assert.equal(rendered.statusCode, 200, url);
  const token = await client.csrfToken();
  return [comparable(cached.body, token), comparable(rendered.body, token)];
}

/** Asserts that a form was taken (303 See Other), showing the page otherwise. */
export async function seeOther(res: Promise<{ statusCode: number; body: string }>, what: string): Promise<void> {
  const r = await res;
  assert.equal(r.statusCode, 303, `${what}: ${r.body.slice(0, 300)}`);
}
