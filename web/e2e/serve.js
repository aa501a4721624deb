// Starts orgraph (the binary run.sh built, in ORGRAPH_BIN) on a dataset
// directory of its own, on a free loopback port, for tests of any dataset.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Serves dir; returns its URL and a stop function for t.after. */
export async function serveDir(dir) {
  const bin = process.env.ORGRAPH_BIN;
  assert.ok(bin, 'ORGRAPH_BIN must name the orgraph binary (web/e2e/run.sh sets it)');
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr.on('data', (b) => { log += b; });
  const stop = () => server.kill();
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${url}/readyz`)).ok) break; } catch { /* not listening yet */ }
    if (i >= 150) { stop(); assert.fail(`orgraph did not serve ${dir} at ${url}; its log:\n${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}
