// Drives the dashboard of `entente serve` in headless Chromium (playwright-core)
// and checks each page against the JSON API it is built from.
//   node dashboard.js URL SCREENSHOT_DIR HOSTILE_ARTICLE_ID
// Prints one line per check; exits 1 when one fails.
'use strict';
const { chromium } = require('playwright-core');

const [base, shots, hostileId] = process.argv.slice(2);
let failed = 0;
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failed++;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  page.on('dialog', d => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  const api = async p => (await page.request.get(base + p)).json();
  // waits for the page the app has finished rendering
  const open = async hash => {
    await page.goto(base + '/' + hash);
    await page.waitForFunction(h => document.body.dataset.ready === (h.replace(/^#\/?/, '') || 'overview'), hash, { timeout: 15000 });
  };
  const shot = name => page.screenshot({ path: `${shots}/dashboard-${name}.png`, fullPage: true });

  // overview: the counts and tables of /api/summary
  const s = await api('/api/summary?top=10');
  await open('');
  const cards = await page.$$eval('#counts .n', els => els.map(e => e.textContent));
  check(cards[0] === String(s.articles) && cards[2] === String(s.events), `overview counts ${cards.slice(0, 3)} match /api/summary`);
  const dyadRows = await page.$$eval('.cols > div:first-child tbody tr', rs => rs.map(r => r.cells[0].textContent));
  check(dyadRows.length === s.dyads.length && dyadRows[0] === `${s.dyads[0].a} – ${s.dyads[0].b}`,
        `overview lists the ${s.dyads.length} most active dyads, first ${dyadRows[0]}`);
  await shot('overview');

  // a click on the first dyad opens its page: chart drawn, one row per period and direction
  await page.click('.cols > div:first-child tbody tr:first-child');
  await page.waitForFunction(() => document.body.dataset.ready.startsWith('dyad'));
  const d = await api(`/api/dyad?a=${s.dyads[0].a}&b=${s.dyads[0].b}`);
  await page.waitForFunction(() => { const i = document.getElementById('dyad-chart'); return i && i.complete; });
  const chart = await page.$eval('#dyad-chart', i => [i.naturalWidth, i.naturalHeight]);
  check(chart[0] > 300 && chart[1] > 200, `dyad chart rendered ${chart[0]}x${chart[1]}`);
  const rows = await page.$$eval('main table tbody tr', rs => rs.length);
  check(rows === d.rows.length && rows > 0, `dyad table has ${rows} rows, the API ${d.rows.length}`);
  await shot('dyad');

  // the dyad form: lower case codes are accepted, a bad pair shows an error, not a blank page
  await page.fill('input[name=a]', 'rus');
  await page.fill('input[name=b]', 'ukr');
  await page.selectOption('select[name=by]', 'month');
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction(() => document.body.dataset.ready === 'dyad?a=RUS&b=UKR&by=month');
  const title = await page.textContent('main h1');
  check(title === 'RUS and UKR by month', `dyad form: '${title}'`);

  // events: one page of 50, the total of the API; a row opens its event with marked spans
  const ev = await api('/api/events?limit=50');
  await open('#/events');
  const range = await page.textContent('#range');
  check(range.endsWith(`of ${ev.total}`), `events page: '${range}'`);
  const evRows = await page.$$eval('main table tbody tr', rs => rs.length);
  check(evRows === Math.min(50, ev.total), `events page shows ${evRows} rows`);
  await shot('events');
  await page.click('main table tbody tr:first-child');
  await page.waitForFunction(() => document.body.dataset.ready.startsWith('event/'));
  const e = await api('/api/events/' + ev.events[0].id);
  const mentions = await page.$$eval('.mention', ms => ms.length);
  check(mentions === e.mentions.length, `event ${e.id}: ${mentions} mentions shown, ${e.mentions.length} in the API`);
  const marks = await page.$$eval('.mention mark', ms => ms.map(m => [m.className, m.textContent]));
  const src = e.mentions[0].source;
  check(marks.some(([c, t]) => c === 'source' && t === src.text), `the source '${src.text}' is marked where its byte offsets say`);
  await shot('event');

  // filters: actor and code go into the query and the rows obey them
  await open('#/events?actor=RUS&code=04');
  const codes = await page.$$eval('main table tbody tr', rs => rs.map(r => r.cells[2].textContent.slice(0, 2)));
  check(codes.length > 0 && codes.every(c => c === '04'), `events filtered by code 04: ${codes.length} rows`);

  // articles and one article: its text with every mention's spans
  await open('#/articles');
  await page.click('main table tbody tr:first-child');
  await page.waitForFunction(() => document.body.dataset.ready.startsWith('article/'));
  const text = await page.textContent('.article-text');
  check(text.length > 100, `article page shows its text (${text.length} characters)`);
  await shot('article');

  // treaties: the list of /api/treaties; who must help a party that is attacked
  const tr = await api('/api/treaties');
  const party = tr.length ? tr[0].parties[0] : 'RUS';
  const obl = await api('/api/obligations?attacked=' + party);
  await open('#/treaties?attacked=' + party);
  const trRows = await page.$$eval('#treaty-list tbody tr', rs => rs.length);
  check(tr.length > 0 && trRows === tr.length, `treaties page lists ${trRows} treaties, the API ${tr.length}`);
  const oblRows = await page.$$eval('#obligations + table tbody tr', rs => rs.length);
  check(oblRows === obl.length && oblRows > 0, `obligations towards ${party}: ${oblRows} rows, the API ${obl.length}`);
  const graph = await api('/api/graph');
  const drawn = await page.$$eval('#alliance-graph path.edge', ps => ps.length);
  const nodes = await page.$$eval('#alliance-graph g.node', gs => gs.length);
  check(drawn === graph.edges.length && nodes === graph.nodes.length && drawn > 0,
        `alliance graph draws ${drawn} links and ${nodes} parties, the API ${graph.edges.length} and ${graph.nodes.length}`);
  await shot('treaties');

  // code a text: the same events as POST /api/code
  await open('#/code');
  const sample = 'Russia and North Korea reaffirmed their agreement, Interfax reported. Russian troops attacked Ukraine on Tuesday.';
  await page.fill('textarea[name=text]', sample);
  await page.fill('input[name=date]', '2025-09-03');
  await page.selectOption('select[name=lang]', 'en');
  await page.check('input[name=explain]');
  await page.click('form.filters button[type=submit]');
  await page.waitForSelector('#code-result table, #code-result .error', { timeout: 20000 });
  const coded = await (await page.request.post(base + '/api/code?lang=en', {
    data: JSON.stringify({ date: '2025-09-03', text: sample }) + '\n' })).json();
  const codedRows = await page.$$eval('#code-result table tbody tr', rs => rs.length);
  check(codedRows === coded.events.length && codedRows >= 2, `code page: ${codedRows} events, the API ${coded.events.length}`);
  check(await page.$('#code-result pre.explain') !== null, 'code page shows the explanation');
  await shot('code');

  // hostile stored text: markup in titles, outlets and text stays text; javascript: URLs are no links
  if (hostileId) {
    await open('#/article/' + encodeURIComponent(hostileId));
    const h1 = await page.textContent('#article-title');
    check(h1.includes('<img src=x'), `hostile title shown as text: '${h1.slice(0, 40)}'`);
    check(await page.$('main img') === null, 'no <img> element came from stored text');
    check(await page.$('a[href^="javascript:"]') === null, 'no javascript: link');
    await open('#/articles');
    await open('#/events?actor=RUS');
    const xss = await page.evaluate(() => window.__xss);
    check(xss === undefined, 'no script from stored text ran');
  }

  check(problems.length === 0, 'no console errors, page errors or dialogs' + (problems.length ? ': ' + problems.join('; ') : ''));

  // unknown routes and API errors show a message (the 404 of the API is expected here)
  await open('#/event/999999');
  check((await page.textContent('#error')) === 'no such event', 'a missing event says so');
  await open('#/nowhere');
  check((await page.textContent('main h1')) === 'Not found', 'an unknown page says so');

  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch(e => { console.log('FAIL ' + (e && e.stack || e)); process.exit(1); });
