import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Letters, assertAnsweredByHashAlone, persistedQueryClient } from './apollo-client.js';

test('Apollo Client with persisted queries reads the letters: the hash, the query once, then the hash alone', async () => {
  const requests = [];
  const { data } = await persistedQueryClient(requests).query({ query: Letters, fetchPolicy: 'network-only' });

  assert.ok(data.letter.length > 0, 'the NGO site has letters');
  assert.ok(data.letter.every((l) => l.contentItemId && l.displayText), JSON.stringify(data.letter));

  const [first, retry] = requests;
  assert.equal(first.method, 'GET');
  assert.equal(first.url.searchParams.get('query'), null, 'the first request carries only the hash');
  assert.match(first.url.searchParams.get('extensions') ?? '', /sha256Hash/);
  assert.equal(first.body.errors?.[0]?.message, 'PersistedQueryNotFound', JSON.stringify(first.body));
  // Apollo sends the full text once, by POST (a long query may not fit a URL), with its hash for the server to keep.
  assert.equal(retry.method, 'POST');
  assert.match(retry.sent, /"query":/);
  assert.ok(retry.body.data?.letter, JSON.stringify(retry.body));
  assert.equal(requests.length, 2, JSON.stringify(requests.map((r) => r.body)));

  // Another visitor's client: the server knows the hash now, so one GET, cacheable by a CDN, is enough.
  const again = [];
  const second = await persistedQueryClient(again).query({ query: Letters, fetchPolicy: 'network-only' });
  assert.deepEqual(second.data, data);
  assertAnsweredByHashAlone(assert, again);
});
