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
    requests.push({ url: new URL(url), method: init?.method ?? 'GET', status: response.status, body });
    return response;
  };

  const persisted = createPersistedQueryLink({ sha256, useGETForHashedQueries: true });
  return new ApolloClient({
    link: persisted.concat(new HttpLink({ uri: graphqlUrl, fetch: recordingFetch })),
    cache: new InMemoryCache(),
  });
}

test('Apollo Client with persisted queries reads the letters, sending the hash first and the query once', async () => {
  const requests = [];
  const { data } = await client(requests).query({ query: Letters, fetchPolicy: 'network-only' });

  assert.ok(data.letter.length > 0, 'the NGO site has letters');
  assert.ok(data.letter.every((l) => l.contentItemId && l.displayText), JSON.stringify(data.letter));

  const [first, second] = requests;
  assert.equal(first.method, 'GET');
  assert.equal(first.url.searchParams.get('query'), null, 'the first request carries only the hash');
  assert.match(first.url.searchParams.get('extensions') ?? '', /sha256Hash/);
  assert.equal(first.body.errors?.[0]?.message, 'PersistedQueryNotFound', JSON.stringify(first.body));
  assert.equal(second.method, 'GET');
  assert.ok(second.url.searchParams.get('query'), 'the retry carries the query');
  assert.equal(requests.length, 2, JSON.stringify(requests.map((r) => r.body)));
});

test('a second Apollo Client gets the letters from the hash alone once the server knows it', async () => {
  const requests = [];
  const { data } = await client(requests).query({ query: Letters, fetchPolicy: 'network-only' });

  assert.ok(data.letter.length > 0);
  assert.equal(requests.length, 1, JSON.stringify(requests.map((r) => r.body)));
  assert.equal(requests[0].url.searchParams.get('query'), null);
  assert.equal(requests[0].status, 200);
});
