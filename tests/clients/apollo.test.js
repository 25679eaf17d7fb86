import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { graphqlUrl } from './server.js';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const Letters = gql`
  query ClientSuiteLetters {
    letter(orderBy: { displayText: ASC }) {
      contentItemId
      displayText
    }
  }
`;

/** Apollo Client as a front end sets it up for a CDN: hashed queries over GET, the full query only when asked. */
function client(requests) {
  const recordingFetch = async (url, init) => {
    const response = await fetch(url, init);
    const body = await response.clone().json();
    requests.push({ url: new URL(url), method: init?.method ?? 'GET', sent: init?.body, status: response.status, body });
    return response;
  };

  const persisted = createPersistedQueryLink({ sha256, useGETForHashedQueries: true });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: graphqlUrl, fetch: recordingFetch })),
    cache: new InMemoryCache(),
  });
}

test('Apollo Client with persisted queries reads the letters: the hash, the query once, then the hash alone', async () => {
  const requests = [];
  const { data } = await client(requests).query({ query: Letters, fetchPolicy: 'network-only' });

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
  const second = await client(again).query({ query: Letters, fetchPolicy: 'network-only' });
  assert.deepEqual(second.data, data);
  assert.equal(again.length, 1, JSON.stringify(again.map((r) => r.body)));
  assert.equal(again[0].method, 'GET');
  assert.equal(again[0].url.searchParams.get('query'), null);
  assert.equal(again[0].status, 200);
});
