import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, fetchExchange, gql } from '@urql/core';
import { graphqlUrl } from './server.js';

const LetterPage = gql`
  query ClientSuiteLetterPage($after: String) {
    letterConnection(first: 1, after: $after, orderBy: { displayText: ASC }) {
      totalCount
      nodes {
        contentItemId
        displayText
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

test('urql pages letterConnection one letter at a time to the end; totalCount is the number of letters seen', async () => {
  const client = new Client({ url: graphqlUrl, exchanges: [fetchExchange], requestPolicy: 'network-only' });
  const seen = [];
  let after = null;
  let totalCount;
  for (let page = 0; page < 100; page++) {
    const result = await client.query(LetterPage, { after }).toPromise();
    assert.equal(result.error, undefined, result.error?.message);
    const connection = result.data.letterConnection;
    totalCount ??= connection.totalCount;
    assert.equal(connection.totalCount, totalCount, 'totalCount is the same on every page');
    seen.push(...connection.nodes.map((n) => n.contentItemId));
    if (!connection.pageInfo.hasNextPage) {
      break;
    }

    assert.ok(connection.pageInfo.endCursor, 'a page with a next page has an endCursor');
    after = connection.pageInfo.endCursor;
  }

  assert.ok(seen.length > 1, 'more than one page was read');
  assert.equal(new Set(seen).size, seen.length, `no letter twice: ${seen}`);
  assert.equal(seen.length, totalCount);
});
