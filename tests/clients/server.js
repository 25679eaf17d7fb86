// Where the server under test is: Cms.BrowserTests' ClientSuiteTests sets CMS_URL to the real host it started.
const base = process.env.CMS_URL;
if (!base) {
  throw new Error('CMS_URL is not set: run these tests through ClientSuiteTests (dotnet test), or set it to a running site.');
}

export const baseUrl = base.replace(/\/$/, '');
export const graphqlUrl = `${baseUrl}/api/graphql`;
export const schemaUrl = `${baseUrl}/api/graphql/schema.graphql`;

