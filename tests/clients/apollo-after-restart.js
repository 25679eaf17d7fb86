// Not a *.test.js file: ClientSuiteTests runs it alone, against a server restarted after apollo.test.js taught it the hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Letters, assertAnsweredByHashAlone, persistedQueryClient } from './apollo-client.js';

test('after a server restart, Apollo Client gets the letters from the hash alone (no PersistedQueryNotFound)', async () => {
  const requests = [];
  const { data } = await persistedQueryClient(requests).query({ query: Letters, fetchPolicy: 'network-only' });

  assert.ok(data.letter.length > 0, 'the NGO site has letters');
  assertAnsweredByHashAlone(assert, requests);
});
