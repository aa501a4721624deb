// Bundles Cytoscape.js into one minified ES module for the explorer
// (web/static/vendor/cytoscape.js, embedded with the rest of web/static).
// esbuild's output depends only on its version and the inputs, so a rebuild
// from package-lock.json reproduces the committed file byte for byte
// (make check-graphlib).
// usage: node build.mjs [OUTDIR]   (default ../static/vendor)
import { build } from 'esbuild';

await build({
  entryPoints: { cytoscape: 'main.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outdir: process.argv[2] ?? '../static/vendor',
  // Licence notices of the bundled packages go to a file served beside the bundle.
  legalComments: 'linked',
  logLevel: 'warning',
});
