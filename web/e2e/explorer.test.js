// What a person sees in the explorer. Every expected answer comes from the
// source documents in shared/seeds, not from the dataset or the server: names
// are matched on any spelling the documents use, because which spelling the
// curator made the display name is not the documents' business.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, shot, see } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(() => browser?.close());

const T = { timeout: 60000 };

/** The fact rows of a titled section (not the rows of their source lists). */
const rows = (page, title) => page.getByRole('region', { name: title }).locator('ul.facts > li');

/** Opens a row's sources and returns their text. */
async function sourcesOf(row) {
  await row.locator('details.sources > summary').click();
  return row.locator('details.sources').innerText();
}

test('person: search 戴珊, pick Dai Shan, February 2022 shows her five direct reports with sources', T, async () => {
  const page = await open(browser);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Find a person or unit' }).fill('戴珊');
  const hit = await see(page.getByRole('option').filter({ has: page.locator('.kind.person') }).filter({ hasText: /Dai ?Shan|戴珊/i }),
    'a person search hit for 戴珊');
  await hit.click();
  await see(page.getByRole('heading', { level: 2, name: /Dai ?Shan|戴珊/i }), 'the heading of Dai Shan’s page');

  await page.getByLabel('Month', { exact: true }).fill('2022-02');
  const reports = rows(page, 'Direct reports as of 2022-02');
  // 004 (LatePost), 000 (the Wall Street article) and 001 (the Chinese article) name them.
  const docs = /004_a50c288cc7e8860d|000_45c81607cdbfba19|001_a52efe14fb18b4f9/;
  for (const [who, spelling] of [['Xuande', /Xuan ?De/i], ['Fuxue', /Fu ?Xue|Chui ?Xue/i], ['Sihan', /Si ?Han/i],
    ['Daofang', /Dao ?Fang|道方/i], ['Qiancheng', /Qian ?Cheng|千城/i]]) {
    const row = await see(reports.filter({ hasText: spelling }), `${who} among Dai Shan’s direct reports as of 2022-02`);
    assert.match(await sourcesOf(row), docs, `${who}'s reporting line cites one of the three documents`);
  }
  assert.match(page.url(), /at=2022-02/, 'the URL keeps the date');
  await shot(page, 'person-dai-shan-2022-02');
  assert.deepEqual(page.scriptErrors, []);
});

test('unit: 聚划算 chosen by keyboard shows its 2017-12-02 merger into the Marketing Platform BU', T, async () => {
  const page = await open(browser);
  await page.goto('/?at=2017-11');
  const box = page.getByRole('combobox', { name: 'Find a person or unit' });
  await box.fill('聚划算');
  await see(page.getByRole('option'), 'search hits for 聚划算');
  const n = await page.getByRole('option').count();
  let found = false;
  for (let i = 0; i < n && !found; i++) {
    await box.press('ArrowDown');
    const active = page.locator('[role=option][aria-selected=true]');
    found = /Juhuasuan|聚划算/i.test(await active.innerText()) && (await active.locator('.kind.unit').count()) === 1;
  }
  assert.ok(found, 'the arrow keys reach the unit Juhuasuan');
  await box.press('Enter');
  await see(page.getByRole('heading', { level: 2, name: /Juhuasuan|聚划算/i }), 'the heading of Juhuasuan’s page');

  const merge = await see(rows(page, 'Merged into').filter({ hasText: /营销平台事业部|Marketing Platform/i }),
    'a MERGED_INTO edge to the Marketing Platform BU');
  assert.match(await merge.innerText(), /merged into/i);
  assert.match(await merge.innerText(), /2017-12-02/);
  assert.match(await sourcesOf(merge), /003_01202f3ae0144e2e/);
  await see(page.locator('svg.lineage text.name').filter({ hasText: /营销平台事业部|Marketing Platform/i }),
    'the Marketing Platform BU in the lineage diagram');
  await shot(page, 'unit-juhuasuan');
  assert.deepEqual(page.scriptErrors, []);
});

test('chart: Tmall Supermarket moves from Tmall’s FMCG group (2018-01) to Alibaba Group (2019-01) on the slider', T, async () => {
  const page = await open(browser);
  await page.goto(`/?unit=${encodeURIComponent('天猫超市')}&at=2018-01`);
  await see(page.getByRole('heading', { level: 2, name: /Tmall Supermarket|天猫超市/i }), 'the heading of Tmall Supermarket');
  const chart = page.getByRole('region', { name: 'Org chart' });
  const ancestors = async () => chart.locator('.ancestor').allInnerTexts();

  await see(chart.getByText('As of 2018-01.'), 'the chart as of 2018-01');
  let up = await ancestors();
  assert.match(up.at(-1) ?? '', /快速消费品|FMCG|Fast[- ]?Moving/i, `parent in 2018-01 is the FMCG group; parents: ${up}`);
  assert.ok(up.slice(0, -1).some((a) => /Tmall|天猫/i.test(a)), `the FMCG group sits in Tmall; parents: ${up}`);
  await shot(page, 'chart-tmall-supermarket-2018-01');

  const slider = page.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 12; i++) await slider.press('ArrowRight');
  await see(chart.getByText('As of 2019-01.'), 'the chart redrawn as of 2019-01');
  up = await ancestors();
  assert.ok(!up.some((a) => /Tmall|天猫|快速消费品|FMCG/i.test(a)), `no longer under Tmall in 2019-01; parents: ${up}`);
  assert.match(up.at(-1) ?? '', /Alibaba|阿里巴巴/i, `parent in 2019-01 is Alibaba Group; parents: ${up}`);
  assert.match(page.url(), /at=2019-01/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'at-slider', 'focus stays on the slider');
  await shot(page, 'chart-tmall-supermarket-2019-01');
  assert.deepEqual(page.scriptErrors, []);
});

test('deep link: ?person=Chiang fan&at=2019-06 opens Jiang Fan, President of Tmall', T, async () => {
  const page = await open(browser);
  await page.goto('/?person=Chiang%20fan&at=2019-06');
  await see(page.getByRole('heading', { level: 2, name: /Jiang ?Fan|Chiang ?Fan|蒋凡/i }), 'Jiang Fan’s page');
  const tmall = await see(rows(page, 'Roles as of 2019-06').filter({ hasText: /Tmall|天猫/ }), 'a Tmall role as of 2019-06');
  assert.match(await tmall.innerText(), /President|总裁/i);
  await shot(page, 'deep-link-jiang-fan-2019-06');
  assert.deepEqual(page.scriptErrors, []);
});

test('unknown name: ?person=Nobody Here shows the empty state', T, async () => {
  const page = await open(browser);
  await page.goto('/?person=Nobody%20Here');
  await see(page.getByRole('heading', { name: 'No person or unit called “Nobody Here”' }), 'the empty state');
  await shot(page, 'unknown-name');
  assert.deepEqual(page.scriptErrors, []);
});

test('store down: an UNAVAILABLE GraphQL error shows a banner with its message', T, async () => {
  const page = await open(browser);
  // The real store cannot be stopped from here, so the answer it would give is played back.
  await page.route('**/graphql', (route) => route.fulfill({
    json: { errors: [{ message: 'the store does not answer', extensions: { code: 'UNAVAILABLE' } }], data: null },
  }));
  await page.goto('/?person=Dai%20Shan');
  const alert = await see(page.getByRole('alert'), 'the error banner');
  assert.match(await alert.innerText(), /the store does not answer/);
  assert.match(await alert.innerText(), /UNAVAILABLE/);
  await shot(page, 'error-unavailable');
});

test('history: following a link pushes the URL and Back returns', T, async () => {
  const page = await open(browser);
  await page.goto('/?person=Dai%20Shan&at=2022-02');
  const report = await see(rows(page, 'Direct reports as of 2022-02').getByRole('link'), 'a direct report link');
  const name = await report.innerText();
  await report.click();
  await see(page.getByRole('heading', { level: 2, name }), `${name}’s page`);
  assert.equal(new URL(page.url()).searchParams.get('person'), name);
  await page.goBack();
  await see(page.getByRole('heading', { level: 2, name: /Dai ?Shan|戴珊/i }), 'Dai Shan again after Back');
});

test('phone: 375px wide pages do not scroll sideways', T, async () => {
  const page = await open(browser, { width: 375, height: 740 });
  for (const [url, name] of [['/?person=戴珊&at=2022-02', 'phone-person-dai-shan'], ['/?unit=聚划算&at=2017-12', 'phone-unit-juhuasuan']]) {
    await page.goto(url);
    await see(page.getByRole('heading', { level: 2 }), `the page ${url}`);
    await page.waitForLoadState('networkidle');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(scroll <= inner, `${url}: page is ${scroll}px wide in a ${inner}px window`);
    await shot(page, name);
  }
  assert.deepEqual(page.scriptErrors, []);
});
