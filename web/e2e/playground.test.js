// The Playground works with no network but the server: GraphiQL is built into
// the binary. Expected answers come from the source documents in shared/seeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, shot, see, BASE } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const T = { timeout: 60000 };

/** A page whose every request to anything but the server is aborted and
 * recorded, and whose Content-Security-Policy violations are recorded. */
async function offline() {
  const page = await open(browser);
  page.foreign = [];
  await page.context().route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${BASE}/`)) return route.continue();
    page.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.violations = [];
  await page.exposeFunction('reportViolation', (v) => page.violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  return page;
}

/** The text of GraphiQL's query editor and its response pane. */
const editorText = (page, which) => page.evaluate((sel) => document.querySelector(`${sel} .CodeMirror`).CodeMirror.getValue(),
  which === 'query' ? '.graphiql-query-editor' : '.graphiql-response');

async function run(page) {
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.waitForFunction(() => /"data"|"errors"/.test(
    document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? ''), null, { timeout: 15000 });
}

test('playground: offline, a query typed in the URL runs and shows Dai Shan’s reports of February 2022', T, async () => {
  const page = await offline();
  const query = '{ person(name: "戴珊") { name directReports(at: "2022-02") { person { name aliases } } } }';
  await page.goto(`/playground?query=${encodeURIComponent(query)}`);
  await see(page.locator('.graphiql-query-editor .CodeMirror'), 'GraphiQL’s query editor');
  assert.equal(await editorText(page, 'query'), query, 'the query from the URL is in the editor');
  await run(page);
  const answer = JSON.parse(await editorText(page, 'response'));
  const names = answer.data.person.directReports.map((r) => [r.person.name, ...r.person.aliases].join(' '));
  // 004 (LatePost) and 000 name the five who reported to her after the January 2022 reshuffle.
  for (const spelling of [/Xuan ?De/i, /Fu ?Xue|Chui ?Xue/i, /Si ?Han/i, /Dao ?Fang|道方/i, /Qian ?Cheng|千城/i]) {
    assert.ok(names.some((n) => spelling.test(n)), `${spelling} among ${names}`);
  }
  // The schema was fetched by introspection: the docs pane lists Query's fields.
  await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await (await see(docs.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }), 'the Query type in the docs pane')).click();
  await see(docs.locator('.graphiql-doc-explorer-field-name', { hasText: /^person$/ }), 'the person field in the docs pane');
  // The dialogs work under the page's Content-Security-Policy too.
  for (const name of [/Open settings dialog/, /Open short keys dialog/]) {
    await page.getByRole('button', { name }).click();
    await see(page.getByRole('dialog'), `the dialog of ${name}`);
    await page.keyboard.press('Escape');
  }
  await shot(page, 'playground-offline');
  assert.deepEqual(page.foreign, [], 'no request left the server');
  assert.deepEqual(page.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(page.scriptErrors, []);
});

test('playground: the explorer’s “Open in Playground” link opens its query and variables pre-filled', T, async () => {
  const page = await offline();
  await page.goto('/?person=Chiang%20fan&at=2019-06');
  const link = await see(page.getByRole('link', { name: 'Open in Playground' }), 'an Open in Playground link');
  const href = await link.getAttribute('href');
  const want = new URL(href, BASE).searchParams;
  await page.goto(href);
  await see(page.locator('.graphiql-query-editor .CodeMirror'), 'GraphiQL’s query editor');
  assert.equal(await editorText(page, 'query'), want.get('query'), 'the explorer’s query is in the editor');
  const vars = await page.evaluate(() => document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror.getValue());
  assert.deepEqual(JSON.parse(vars), JSON.parse(want.get('variables')), 'the explorer’s variables are in the editor');
  await run(page);
  const answer = await editorText(page, 'response');
  // Document 002 has Jiang Fan (蒋凡) heading Tmall in 2019.
  assert.match(answer, /Jiang ?Fan|蒋凡/i);
  assert.doesNotMatch(answer, /"errors"/);
  await shot(page, 'playground-from-explorer');
  assert.deepEqual(page.foreign, [], 'no request left the server');
  assert.deepEqual(page.violations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(page.scriptErrors, []);
});
