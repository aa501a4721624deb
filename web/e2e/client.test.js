// A front-end app on another origin, as its developer would write it: urql
// (@urql/core with @urql/exchange-persisted, pinned in package.json) running
// in Chromium on http://localhost:APP, calling orgraph on http://127.0.0.1:API
// through real CORS, with automatic persisted queries. Expected answers come
// from the source documents in shared/seeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch } from './browser.js';

const T = { timeout: 60000 };
const modules = join(import.meta.dirname, 'node_modules');

/** A free loopback port (the short race until it is bound is acceptable here). */
const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

let browser, server, api, app, other, log = '';

// orgraph with only the app's origin allowed; run.sh says where the binary is.
before(async () => {
  const bin = process.env.ORGRAPH_BIN;
  assert.ok(bin, 'ORGRAPH_BIN must name the orgraph binary (web/e2e/run.sh sets it)');
  // Two origins of the same app server: only the first is allowed.
  const port = await freePort();
  await new Promise((resolve) => appServer.listen(port, '127.0.0.1', resolve));
  app = `http://localhost:${port}`;
  other = `http://127.0.0.1:${port}`;
  api = `http://127.0.0.1:${await freePort()}`;
  server = spawn(bin, ['serve', '--addr', api.slice('http://'.length), '--cors-origins', app], { stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr.on('data', (b) => { log += b; });
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${api}/readyz`)).ok) break; } catch { /* not listening yet */ }
    assert.ok(i < 150, `orgraph did not become ready at ${api}; its log:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await launch();
});
after(async () => { await browser?.close(); server?.kill(); appServer.close(); });

/** The app: a page with an import map pointing the client library's bare
 * imports at its files in node_modules, and the process.env.NODE_ENV an
 * app's bundler would have replaced. A real loopback server serves it, so
 * that Chromium sees loopback calling loopback. */
const files = {
  '/urql-core.mjs': '@urql/core/dist/urql-core.mjs',
  '/urql-core-chunk.mjs': '@urql/core/dist/urql-core-chunk.mjs',
  '/urql-exchange-persisted.mjs': '@urql/exchange-persisted/dist/urql-exchange-persisted.mjs',
  '/wonka.mjs': 'wonka/dist/wonka.mjs',
  '/graphql.web.mjs': '@0no-co/graphql.web/dist/graphql.web.mjs',
};
const imports = { '@urql/core': '/urql-core.mjs', '@urql/exchange-persisted': '/urql-exchange-persisted.mjs', wonka: '/wonka.mjs',
  '@0no-co/graphql.web': '/graphql.web.mjs' };
const appServer = createHttpServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(`<!doctype html><title>app</title>
<script>globalThis.process = { env: { NODE_ENV: 'production' } };</script>
<script type="importmap">${JSON.stringify({ imports })}</script>`);
  }
  if (!files[path]) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'Content-Type': 'text/javascript' });
  res.end(readFileSync(join(modules, files[path])));
});

async function appPage(origin) {
  const page = await (await browser.newContext()).newPage();
  page.sent = [];
  // Every answer from orgraph, in order; bodies are read when asked for.
  page.on('response', (res) => {
    if (res.url().startsWith(api)) page.sent.push({ method: res.request().method(), url: res.url(), status: res.status(), body: res.text() });
  });
  await page.goto(`${origin}/`);
  return page;
}

/** Runs one query with a fresh urql client in the page, as an app would:
 * persisted queries by GET, Apollo's client-identification headers. */
const query = (page, q, variables) => page.evaluate(async ({ url, q, variables }) => {
  const { Client, fetchExchange } = await import('@urql/core');
  const { persistedExchange } = await import('@urql/exchange-persisted');
  const client = new Client({
    url,
    exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
    fetchOptions: { headers: { 'apollographql-client-name': 'orgraph-e2e', 'apollographql-client-version': '1.0' } },
    requestPolicy: 'network-only',
  });
  const r = await client.query(q, variables).toPromise();
  return { data: r.data, error: r.error && { message: r.error.message, network: !!r.error.networkError } };
}, { url: `${api}/graphql`, q, variables });

const REPORTS = `query Reports($name: String!, $at: Date) {
  person(name: $name) { name directReports(at: $at) { person { name aliases } } } }`;

test('client: urql on another origin asks through CORS with persisted queries: hash, then query, then hash alone', T, async () => {
  const page = await appPage(app);
  const first = await query(page, REPORTS, { name: '戴珊', at: '2022-02' });
  assert.equal(first.error, undefined, JSON.stringify(first.error));
  const names = first.data.person.directReports.map((r) => [r.person.name, ...r.person.aliases].join(' '));
  // 004 (LatePost) and 000 name the five who reported to Dai Shan after the January 2022 reshuffle.
  for (const spelling of [/Xuan ?De/i, /Fu ?Xue|Chui ?Xue/i, /Si ?Han/i, /Dao ?Fang|道方/i, /Qian ?Cheng|千城/i]) {
    assert.ok(names.some((n) => spelling.test(n)), `${spelling} among ${names}`);
  }
  // The first request carried only the hash; the server did not know it.
  const [hashOnly, full] = page.sent;
  assert.equal(page.sent.length, 2, `two requests: ${page.sent.map((s) => `${s.method} ${s.url}`)}`);
  assert.equal(hashOnly.method, 'GET');
  assert.ok(!new URL(hashOnly.url).searchParams.has('query'), `the first request sends no query: ${hashOnly.url}`);
  assert.equal(JSON.parse(await hashOnly.body).errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  assert.ok(full.method === 'POST' || new URL(full.url).searchParams.has('query'), 'the retry sends the query');

  // A second app instance: the hash alone now gets the answer.
  page.sent.length = 0;
  const second = await query(page, REPORTS, { name: 'Dai Shan', at: '2022-02' });
  assert.equal(second.error, undefined, JSON.stringify(second.error));
  assert.equal(second.data.person.directReports.length, first.data.person.directReports.length);
  assert.equal(page.sent.length, 1, `one request: ${page.sent.map((s) => s.url)}`);
  assert.ok(!new URL(page.sent[0].url).searchParams.has('query'), 'the hash alone was enough');
  // The custom headers needed a preflight, which orgraph answered.
  assert.match(log, /method=OPTIONS path=\/graphql status=204/);
});

test('client: a request error reaches urql as a GraphQL error naming the bad value', T, async () => {
  const page = await appPage(app);
  const r = await query(page, REPORTS, { name: 'Dai Shan', at: '2022-13' });
  assert.equal(r.error?.network, false, JSON.stringify(r.error));
  assert.match(r.error.message, /2022-13/);
});

test('client: an origin not in --cors-origins is refused by the browser', T, async () => {
  const page = await appPage(other);
  const r = await query(page, REPORTS, { name: 'Dai Shan', at: '2022-02' });
  assert.equal(r.data, undefined);
  assert.equal(r.error?.network, true, `a network error, as CORS refusals are: ${JSON.stringify(r.error)}`);
});
