// Bundles main.js with GraphiQL, React and their CSS into dist/ (minified,
// one script and one stylesheet). esbuild's output depends only on its
// version and the inputs, so a rebuild from package-lock.json reproduces the
// committed files byte for byte (make check-playground).
// usage: node build.mjs [OUTDIR]   (default dist)
import { build } from 'esbuild';

await build({
  entryPoints: { playground: 'main.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: process.argv[2] ?? 'dist',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Licence notices of the bundled packages go to a file served beside the bundle.
  legalComments: 'linked',
  logLevel: 'warning',
});
