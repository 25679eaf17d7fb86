import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { graphqlUrl, schemaUrl } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);

/** The types GraphQL Code Generator writes for documents/letters.graphql from one source of the schema. */
async function typesFrom(schema) {
  const [output] = await generate({
    schema,
    documents: join(here, 'documents', 'letters.graphql'),
    silent: true,
    generates: { 'types.ts': { plugins: ['typescript', 'typescript-operations'] } },
  }, false);
  return output.content;
}

// Types, not doc comments: the typescript plugin prints a scalar's description only from SDL (it reads the
// scalar's AST node, which a schema built from introspection lacks), though introspection carries the same text.
function withoutComments(types) {
  return types.replace(/^\s*\/\*\*.*\*\/\n/gm, '');
}

test('codegen from introspection and from the SDL download gives the same types, and they compile with tsc --strict', async () => {
  const introspected = await typesFrom(graphqlUrl);
  const fromSdl = await typesFrom({ [schemaUrl]: { handleAsSDL: true } });

  assert.match(introspected, /export type CodegenLettersQuery = /);
  assert.match(introspected, /totalCount: number/);
  assert.equal(withoutComments(fromSdl), withoutComments(introspected));

  const folder = await mkdtemp(join(tmpdir(), 'cms-codegen-'));
  try {
    await writeFile(join(folder, 'types.ts'), introspected);
    await copyFile(join(here, 'documents', 'usage.ts'), join(folder, 'usage.ts'));
    const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
    await run(process.execPath, [tsc, '--strict', '--noEmit', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
      join(folder, 'types.ts'), join(folder, 'usage.ts')]).catch((error) => {
      assert.fail(`tsc --strict failed:\n${error.stdout}${error.stderr}\n${introspected}`);
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
