import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { graphqlUrl } from './server.js';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export const Letters = gql`
  query ClientSuiteLetters {
    letter(orderBy: { displayText: ASC }) {
      contentItemId
      displayText
    }
  }
`;

/**
 * Apollo Client as a front end sets it up for a CDN: hashed queries over GET, the full query only when asked.
 * Each request, its answer and what was sent are pushed to <requests>.
 */
export function persistedQueryClient(requests) {
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

/** Asserts one GET carrying the hash alone was enough. */
export function assertAnsweredByHashAlone(assert, requests) {
  assert.equal(requests.length, 1, JSON.stringify(requests.map((r) => r.body)));
  assert.equal(requests[0].method, 'GET');
  assert.equal(requests[0].url.searchParams.get('query'), null);
  assert.equal(requests[0].status, 200);
}
