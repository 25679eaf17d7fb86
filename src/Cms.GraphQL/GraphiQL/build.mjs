// Bundles src/main.jsx with its CSS into dist/graphiql.js and dist/graphiql.css (run by Cms.GraphQL.csproj).
import { build } from 'esbuild';

await build({
  entryPoints: { graphiql: 'src/main.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: 'dist',
  logLevel: 'warning',
});
