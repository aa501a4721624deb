// "What changed" between two dates and document pages (issue 10 item 4).
// Every expected answer comes from the source documents, named in each test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, shot, see } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const T = { timeout: 60000 };
const SUPERMARKET = /Tmall Supermarket|天猫超市/;
const TMALL = /^(Tmall|天猫)$/;

test('what changed 2017-12..2019-01: Tmall Supermarket split from Tmall (doc 001), on two pictures with the same places', T, async () => {
  const page = await open(browser);
  await page.goto('/?changes=2017-12..2019-01');
  await see(page.getByRole('heading', { level: 2, name: 'What changed from 2017-12 to 2019-01' }), 'the changes heading');
  // 001: at the end of 2018 Tmall Supermarket left Tmall as a group of its own.
  const splits = page.getByRole('region', { name: 'Split', exact: true }).locator('li.change');
  const split = await see(splits.filter({ has: page.getByRole('link', { name: SUPERMARKET }) }), 'Tmall Supermarket among the splits');
  const links = await split.locator('div').first().getByRole('link').allInnerTexts();
  assert.match(links[0], SUPERMARKET);
  assert.match(links[1], TMALL);
  assert.match(await split.innerText(), /split from/);
  await split.locator('summary').click();
  assert.ok((await split.locator('code.doc').allInnerTexts()).some((d) => d.startsWith('001_')), 'cites document 001');

  // The same unit sits at the same place before and after; it is new after.
  const box = (which) => page.getByRole('img', { name: `Units as of ${which}` }).locator('g.unit-box').filter({ hasText: 'Tmall Supermarket' }).first().locator('rect');
  const xy = async (r) => [await r.getAttribute('x'), await r.getAttribute('y')];
  assert.deepEqual(await xy(box('2017-12')), await xy(box('2019-01')));
  // 003: Juhuasuan merged into the Marketing Platform BU on 2017-12-02: gone after.
  const juhuasuan = page.getByRole('img', { name: 'Units as of 2019-01' }).locator('g.unit-box').filter({ hasText: 'Juhuasuan' });
  assert.match(await juhuasuan.getAttribute('class'), /absent/);
  await shot(page, 'changes-2017-12-2019-01');

  // The form compares two other dates and keeps a deep link.
  await page.locator('#changes-from').fill('2021-12');
  await page.locator('#changes-to').fill('2022-02');
  await page.getByRole('button', { name: 'Compare' }).click();
  await see(page.getByRole('heading', { level: 2, name: 'What changed from 2021-12 to 2022-02' }), 'the new comparison');
  assert.match(page.url(), /\?changes=2021-12\.\.2022-02/);
  assert.deepEqual(page.scriptErrors, []);
});

test('document 004’s page lists Dai Shan’s 2022 direct reports, and a source links there', T, async () => {
  const page = await open(browser);
  await page.goto('/?person=Dai%20Shan&at=2022-02');
  const row = page.getByRole('region', { name: 'Direct reports as of 2022-02' }).locator('ul.facts > li').filter({ hasText: /Si ?Han/ });
  await row.locator('summary').click();
  await row.getByRole('link', { name: /^004_/ }).click();
  await see(page.locator('article.document ul.document-facts > li'), 'the document page’s facts');
  await see(page.getByRole('heading', { level: 2, name: /./ }), 'the document’s title');
  assert.match(page.url(), /\?document=004_a50c288cc7e8860d/);
  // 004 names Xuande, Sihan, Daofang, Qiancheng and Fuxue reporting to Dai Shan from January 2022.
  const lines = page.getByRole('region', { name: /^Reporting lines \(\d+\)$/ }).locator('ul.document-facts > li')
    .filter({ has: page.getByRole('link', { name: /Dai ?Shan|戴珊/ }) });
  const text = (await lines.allInnerTexts()).join('\n');
  for (const spelling of [/Xuan ?De/i, /Si ?Han/i, /Dao ?Fang|道方/i, /Qian ?Cheng|千城/i, /Fu ?Xue|Chui ?Xue/i]) assert.match(text, spelling);
  assert.match(text, /reports to/);
  assert.match(text, /2022-01/);
  await shot(page, 'document-004');
  assert.deepEqual(page.scriptErrors, []);
});
