// The network view (issue 10 item 4): a person's or unit's neighbourhood at a
// date, drawn by Cytoscape.js served from the binary. Expected names come from
// the source documents, named in each test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, shot, see } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const T = { timeout: 60000 };

test('network of Dai Shan at 2022-02: her five direct reports, drawn and listed', T, async () => {
  const page = await open(browser);
  const outside = [];
  page.on('request', (r) => { if (new URL(r.url()).origin !== new URL(BASE).origin && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/?person=Dai%20Shan&at=2022-02');
  const region = page.getByRole('region', { name: 'Network as of 2022-02', exact: true });
  await see(region, 'the network section');
  // 004 (with 000 and 001) names the five who report to her from January 2022.
  const reports = region.locator('ul.network-links li').filter({ has: page.locator('.rel', { hasText: /^reports$/ }) });
  const names = (await reports.getByRole('link').allInnerTexts()).join(' | ');
  for (const spelling of [/Xuan ?De/i, /Fu ?Xue|Chui ?Xue/i, /Si ?Han/i, /Dao ?Fang|道方/i, /Qian ?Cheng|千城/i]) {
    assert.match(names, spelling);
  }
  assert.equal(await reports.count(), 5);
  // Cytoscape drew them: the centre and at least those five nodes, on a canvas.
  const canvas = region.locator('.network-canvas');
  await canvas.locator('canvas').first().waitFor();
  const drawn = await canvas.evaluate((el) => el.cy.nodes().map((n) => n.data('label')));
  assert.ok(drawn.length >= 6, `drawn nodes: ${drawn}`);
  for (const spelling of [/Xuan ?De/i, /Si ?Han/i, /Dao ?Fang|道方/i]) assert.ok(drawn.some((l) => spelling.test(l)), `${spelling} drawn`);
  assert.deepEqual(outside, [], 'nothing is fetched from outside the server');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no Content-Security-Policy violation');
  await shot(page, 'network-dai-shan-2022-02');

  // A click on a node follows its link.
  await canvas.scrollIntoViewIfNeeded();
  const [x, y] = await canvas.evaluate((el) => {
    const n = el.cy.nodes().filter((n) => /Si ?Han/i.test(n.data('label')))[0];
    const p = n.renderedPosition();
    return [p.x, p.y];
  });
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + x, box.y + y);
  await see(page.getByRole('heading', { level: 2, name: /Si ?Han/i }), 'Sihan’s page after a click on the node');
  assert.deepEqual(page.scriptErrors, []);
});
