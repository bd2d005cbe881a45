/* entente dashboard: a small single-page app over the JSON API of
 * `entente serve`. Pages are routes of the URL fragment (#/dyad?a=RUS&b=PRK).
 * Every piece of data reaches the page as text nodes (never as HTML), and
 * byte offsets from the API are turned into characters through UTF-8. */
'use strict';

const main = document.getElementById('main');
const statusEl = document.getElementById('status');

/* h('tag', {attr: value, onclick: fn}, child, ...): children are nodes or text */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, opts) {
  const r = await fetch(path, opts);
  let body;
  try { body = await r.json(); } catch (e) { body = {error: 'the server sent no JSON (' + r.status + ')'}; }
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined && v !== false) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

function go(route, params) { location.hash = '#/' + route + query(params || {}); }

function fmt(x, digits) { return x === null || x === undefined ? '' : Number(x).toFixed(digits); }
function signed(x) { return (x > 0 ? '+' : '') + fmt(x, 2); }
function quad(q) { return h('span', {class: 'quad q' + q, title: ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'][q] || ''}, q); }

function table(head, rows, onrow) {
  const numeric = head.map(c => c.startsWith('#'));
  return h('table', {},
    h('thead', {}, h('tr', {}, head.map((c, i) => h('th', {class: numeric[i] ? 'num' : null}, c.replace(/^#/, ''))))),
    h('tbody', {}, rows.map((r, j) => h('tr', onrow ? {class: 'link', onclick: () => onrow(j)} : {},
      r.map((c, i) => h('td', {class: numeric[i] ? 'num' : null}, c))))));
}

/* The text with spans [{start, end, kind}] (byte offsets into text, whose
 * first byte is at offset `base`) wrapped in <mark class=kind>. Overlapping
 * spans: the first one wins. */
const enc = new TextEncoder(), dec = new TextDecoder();
function marked(text, base, spans) {
  const bytes = enc.encode(text);
  const out = [];
  let pos = 0;
  const sorted = spans.filter(s => s && s.start !== undefined && s.end > s.start)
    .map(s => ({start: s.start - base, end: s.end - base, kind: s.kind, title: s.title}))
    .filter(s => s.start >= 0 && s.end <= bytes.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of sorted) {
    if (s.start < pos) continue;
    out.push(dec.decode(bytes.slice(pos, s.start)));
    out.push(h('mark', {class: s.kind, title: s.title || s.kind}, dec.decode(bytes.slice(s.start, s.end))));
    pos = s.end;
  }
  out.push(dec.decode(bytes.slice(pos)));
  return out;
}

function legend() {
  return h('p', {class: 'legend muted'}, h('mark', {class: 'source'}, 'source'), h('mark', {class: 'trigger'}, 'event trigger'),
    h('mark', {class: 'target'}, 'target'), h('mark', {class: 'location'}, 'location'));
}

function actorLink(code, name) {
  return h('a', {href: '#/events' + query({actor: code.length > 3 && !/^(IGO|NGO)/.test(code) ? code.slice(0, 3) : code})}, code,
    name ? h('span', {class: 'muted'}, ' ' + name) : null);
}

/* ---- pages ---- */

async function overview() {
  const [s, actors] = await Promise.all([api('/api/summary?top=10'), api('/api/actors?limit=30')]);
  const card = (n, l) => h('div', {class: 'card'}, h('div', {class: 'n'}, n), h('div', {class: 'l'}, l));
  return [
    h('h1', {}, 'What the database holds'),
    h('div', {class: 'cards', id: 'counts'},
      card(s.articles, 'articles'), card(s.outlets, 'outlets'), card(s.events, 'events'),
      card(s.mentions, 'factual mentions'), card(s.nonfactual_mentions, 'negated or non-factual'),
      card(s.from ? s.from + ' – ' + s.to : '–', 'dates')),
    h('div', {class: 'cols'},
      h('div', {}, h('h2', {}, 'Most active dyads'),
        table(['dyad', '#events', '#mentions', '#mean Goldstein', '#cooperative', '#conflictual'],
          s.dyads.map(d => [d.a + ' – ' + d.b, d.events, d.mentions, signed(d.goldstein), d.cooperation, d.events - d.cooperation]),
          i => go('dyad', {a: s.dyads[i].a, b: s.dyads[i].b}))),
      h('div', {}, h('h2', {}, 'Most frequent events'),
        table(['code', 'event', '#events', '#mentions'],
          s.codes.map(c => [h('span', {class: 'code'}, c.code), c.name || '', c.events, c.mentions]),
          i => go('events', {code: s.codes[i].code})))),
    h('h2', {}, 'Actors'),
    h('p', {}, actors.actors.map((a, i) => [i ? ', ' : '', h('a', {href: '#/events' + query({actor: a.code})}, a.code),
      h('span', {class: 'muted'}, ' ' + (a.name ? a.name + ' ' : '') + '(' + a.events + ')')])),
  ];
}

let actorList = null;
async function actorOptions() {
  if (!actorList) actorList = (await api('/api/actors?limit=500')).actors;
  return h('datalist', {id: 'actors'}, actorList.map(a => h('option', {value: a.code}, a.name || a.code)));
}

async function dyad(p) {
  const a = p.get('a') || 'RUS', b = p.get('b') || 'PRK', by = p.get('by') || 'week', neg = p.get('negated') === '1';
  const form = h('form', {class: 'filters', onsubmit: e => {
      e.preventDefault();
      const f = new FormData(e.target);
      go('dyad', {a: f.get('a').trim().toUpperCase(), b: f.get('b').trim().toUpperCase(), by: f.get('by'), negated: f.get('negated') ? 1 : ''});
    }},
    h('label', {}, 'actor A', h('input', {type: 'text', name: 'a', value: a, list: 'actors', required: true})),
    h('label', {}, 'actor B', h('input', {type: 'text', name: 'b', value: b, list: 'actors', required: true})),
    h('label', {}, 'by', h('select', {name: 'by'}, ['day', 'week', 'month'].map(x => h('option', {value: x, selected: x === by}, x)))),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'negated', value: '1', checked: neg}), 'include negated'),
    h('button', {type: 'submit'}, 'Show'), await actorOptions());
  const d = await api('/api/dyad' + query({a, b, by, negated: neg ? 1 : ''}));
  const out = [h('h1', {}, a + ' and ' + b + ' by ' + by), form];
  if (!d.rows.length) return out.concat(h('p', {class: 'muted'}, 'No events between ' + a + ' and ' + b + '.'));
  out.push(h('div', {class: 'chart'}, h('img', {id: 'dyad-chart', alt: 'Goldstein score and events per quad class, ' + a + ' and ' + b,
    src: '/api/dyad.svg' + query({a, b, by})})));
  out.push(table(['period', 'direction', '#events', '#q1', '#q2', '#q3', '#q4', '#Goldstein', 'top event codes'],
    d.rows.map(r => [r.period, r.source + ' → ' + r.target, r.events, r.quad[0], r.quad[1], r.quad[2], r.quad[3], signed(r.goldstein),
      r.top.map(t => t.code + ' ' + t.name + ' (' + t.count + ')').join('; ')]),
    i => go('events', {a: d.rows[i].source, b: d.rows[i].target, from: periodStart(d.rows[i].period), to: periodEnd(d.rows[i].period)})));
  out.push(h('p', {}, h('a', {href: '#/events' + query({a, b})}, 'every event between ' + a + ' and ' + b)));
  return out;
}

/* the first and last day of a period: 2025-09-03, 2025-09, 2025-W36 */
function periodStart(p) {
  if (/^\d{4}-\d\d-\d\d$/.test(p)) return p;
  if (/^\d{4}-\d\d$/.test(p)) return p + '-01';
  const [y, w] = p.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (w - 1) * 7 * 864e5);
  return monday.toISOString().slice(0, 10);
}
function periodEnd(p) {
  if (/^\d{4}-\d\d-\d\d$/.test(p)) return p;
  if (/^\d{4}-\d\d$/.test(p)) {
    const [y, m] = p.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return new Date(new Date(periodStart(p) + 'T00:00:00Z').getTime() + 6 * 864e5).toISOString().slice(0, 10);
}

const PAGE = 50;
async function events(p) {
  const f = {};
  for (const k of ['from', 'to', 'actor', 'a', 'b', 'code', 'quad', 'negated', 'offset']) f[k] = p.get(k) || '';
  const form = h('form', {class: 'filters', onsubmit: e => {
      e.preventDefault();
      const fd = new FormData(e.target), q = {};
      for (const [k, v] of fd.entries()) q[k] = k === 'from' || k === 'to' || k === 'code' || k === 'quad' || k === 'negated' ? v : v.trim().toUpperCase();
      go('events', q);
    }},
    h('label', {}, 'from', h('input', {type: 'date', name: 'from', value: f.from})),
    h('label', {}, 'to', h('input', {type: 'date', name: 'to', value: f.to})),
    h('label', {}, 'actor', h('input', {type: 'text', name: 'actor', value: f.actor, list: 'actors', placeholder: 'RUS'})),
    h('label', {}, 'dyad A', h('input', {type: 'text', name: 'a', value: f.a, list: 'actors'})),
    h('label', {}, 'dyad B', h('input', {type: 'text', name: 'b', value: f.b, list: 'actors'})),
    h('label', {}, 'CAMEO code', h('input', {type: 'text', name: 'code', value: f.code, placeholder: '19, 190, 0211'})),
    h('label', {}, 'quad class', h('select', {name: 'quad'}, h('option', {value: ''}, 'any'),
      [1, 2, 3, 4].map(q => h('option', {value: q, selected: String(q) === f.quad}, q)))),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'negated', value: '1', checked: f.negated === '1'}), 'include negated'),
    h('button', {type: 'submit'}, 'Filter'), await actorOptions());
  const offset = Number(f.offset) || 0;
  const d = await api('/api/events' + query(Object.assign({}, f, {limit: PAGE, offset})));
  const out = [h('h1', {}, 'Events'), form];
  const page = (off) => go('events', Object.assign({}, f, {offset: off || ''}));
  const pager = h('div', {class: 'pager'},
    h('button', {class: 'plain', type: 'button', disabled: offset === 0, onclick: () => page(Math.max(0, offset - PAGE))}, '← newer'),
    h('span', {id: 'range'}, d.total ? (offset + 1) + '–' + (offset + d.events.length) + ' of ' + d.total : 'no events'),
    h('button', {class: 'plain', type: 'button', disabled: offset + PAGE >= d.total, onclick: () => page(offset + PAGE)}, 'older →'));
  out.push(pager);
  if (d.events.length)
    out.push(table(['date', 'source', 'event', 'target', 'quad', '#Goldstein', '#mentions', '#outlets'],
      d.events.map(e => [e.date, h('span', {class: 'code'}, e.source.code), [h('span', {class: 'code'}, e.event.code), ' ', e.event.name || '',
        e.num_mentions === 0 ? h('span', {class: 'flag'}, 'non-factual') : null],
        h('span', {class: 'code'}, e.target.code), quad(e.event.quad_class), fmt(e.event.goldstein, 1), e.num_mentions, e.num_sources]),
      i => go('event/' + d.events[i].id)));
  return out;
}

function mentionView(m, withArticle) {
  const flags = [m.negated ? 'negated' : null, m.mood, m.factual ? null : 'not counted'].filter(Boolean);
  const spans = [
    m.source && Object.assign({kind: 'source'}, m.source), m.target && Object.assign({kind: 'target'}, m.target),
    m.trigger && Object.assign({kind: 'trigger'}, m.trigger), m.location && Object.assign({kind: 'location'}, m.location)];
  return h('div', {class: 'mention'},
    withArticle ? h('div', {}, h('a', {href: '#/article/' + encodeURIComponent(m.article)}, m.title || m.article),
      h('span', {class: 'muted'}, ' — ' + [m.outlet, m.date, 'sentence ' + m.sentence].filter(Boolean).join(', '))) : null,
    flags.map(f => h('span', {class: 'flag'}, f)),
    m.excerpt ? h('div', {class: 'excerpt'}, marked(m.excerpt.text, m.excerpt.start, spans)) : null,
    m.reported_by ? h('div', {class: 'muted'}, 'reported by ' + m.reported_by.text + (m.reported_by.code ? ' (' + m.reported_by.code + ')' : '')) : null,
    m.evidence ? h('div', {class: 'evidence'}, 'evidence: source ', h('span', {class: 'code'}, m.evidence.source_entry || '–'),
      ', verb ', h('span', {class: 'code'}, m.evidence.verb_entry || '–'), ', target ', h('span', {class: 'code'}, m.evidence.target_entry || '–')) : null);
}

async function event(id) {
  const e = await api('/api/events/' + encodeURIComponent(id));
  return [
    h('h1', {}, e.source.code + ' ', h('span', {class: 'code'}, e.event.code), ' ' + e.target.code),
    h('p', {}, e.event.name || '', ' ', quad(e.event.quad_class), ' Goldstein ' + fmt(e.event.goldstein, 1) + ' — ' + e.date +
      (e.location ? ', in ' + e.location : '')),
    h('p', {}, 'source ', actorLink(e.source.code, e.source.name), ' · target ', actorLink(e.target.code, e.target.name)),
    h('p', {class: 'muted'}, e.num_mentions + ' factual mentions in ' + e.num_articles + ' articles from ' + e.num_sources + ' outlets' +
      (e.num_nonfactual ? '; ' + e.num_nonfactual + ' negated or non-factual' : '') + (e.is_root ? '; a headline or lead event' : '')),
    legend(),
    h('h2', {}, 'Mentions'),
    e.mentions.map(m => mentionView(m, true)),
  ];
}

async function articles(p) {
  const offset = Number(p.get('offset')) || 0, outlet = p.get('outlet') || '';
  const d = await api('/api/articles' + query({limit: PAGE, offset, outlet}));
  const page = (off) => go('articles', {outlet, offset: off || ''});
  return [
    h('h1', {}, outlet ? 'Articles from ' + outlet : 'Articles'),
    h('div', {class: 'pager'},
      h('button', {class: 'plain', type: 'button', disabled: offset === 0, onclick: () => page(Math.max(0, offset - PAGE))}, '← newer'),
      h('span', {}, d.total ? (offset + 1) + '–' + (offset + d.articles.length) + ' of ' + d.total : 'no articles'),
      h('button', {class: 'plain', type: 'button', disabled: offset + PAGE >= d.total, onclick: () => page(offset + PAGE)}, 'older →')),
    table(['date', 'title', 'outlet', 'lang', '#events'],
      d.articles.map(a => [a.date, a.title || a.id, a.outlet || '', a.lang, a.mentions]),
      i => go('article/' + encodeURIComponent(d.articles[i].id))),
  ];
}

async function article(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const spans = [];
  for (const m of a.mentions)
    for (const [k, kind] of [['source_span', 'source'], ['trigger_span', 'trigger'], ['target_span', 'target'], ['location_span', 'location']])
      if (m[k]) spans.push(Object.assign({kind, title: m.source + ' ' + m.code + ' ' + m.target}, m[k]));
  const safeUrl = /^https?:\/\//i.test(a.url || '') ? a.url : null;
  return [
    h('h1', {id: 'article-title'}, a.title || a.id),
    h('p', {class: 'muted'}, [a.date, a.outlet, a.lang].filter(Boolean).join(' · '), safeUrl ? [' · ', h('a', {href: safeUrl, rel: 'noopener noreferrer'}, 'source')] : null),
    legend(),
    h('div', {class: 'article-text'}, marked(a.text, 0, spans)),
    h('h2', {}, 'Events coded in it'),
    a.mentions.length ? table(['sentence', 'source', 'code', 'target', 'flags'],
      a.mentions.map(m => [m.sentence, m.source, h('span', {class: 'code'}, m.code), m.target,
        [m.negated ? 'negated' : '', m.mood || ''].filter(Boolean).join(', ')]),
      i => go('event/' + a.mentions[i].event)) : h('p', {class: 'muted'}, 'none'),
  ];
}

function evidenceList(ev) {
  return h('ul', {class: 'evidence-list'}, (ev || []).map(e => h('li', {},
    h('a', {href: '#/article/' + encodeURIComponent(e.article)}, e.date + ', sentence ' + e.sentence), ': ', h('q', {}, e.text))));
}

async function treaties(p) {
  const party = p.get('party') || '', attacked = p.get('attacked') || '';
  const form = h('form', {class: 'filters', onsubmit: e => {
      e.preventDefault();
      const f = new FormData(e.target);
      go('treaties', {party: f.get('party').trim().toUpperCase(), attacked: f.get('attacked').trim().toUpperCase()});
    }},
    h('label', {}, 'party', h('input', {type: 'text', name: 'party', value: party, list: 'actors', placeholder: 'any'})),
    h('label', {}, 'if this country is attacked, who must help?', h('input', {type: 'text', name: 'attacked', value: attacked,
      list: 'actors', placeholder: 'UKR'})),
    h('button', {type: 'submit'}, 'Show'), await actorOptions());
  const [list, graph] = await Promise.all([api('/api/treaties' + query({party})), api('/api/graph')]);
  const out = [h('h1', {}, party ? 'Treaties of ' + party : 'Treaties'), form];
  if (attacked) {
    const obl = await api('/api/obligations' + query({attacked}));
    out.push(h('h2', {id: 'obligations'}, 'If ' + attacked + ' is attacked'));
    out.push(obl.length ? table(['party', 'obligation', 'conditions', 'help', 'treaty', 'evidence'],
      obl.map(o => [h('span', {class: 'code'}, o.party), o.type, (o.conditions || []).join(', '), (o.help || []).join(', '),
        [o.treaty.parties, ' ', o.treaty.name || '(unnamed)', o.treaty.signed ? ', signed ' + o.treaty.signed : ''],
        evidenceList(o.evidence)])) : h('p', {class: 'muted'}, 'No stored treaty obliges anyone to help ' + attacked + '.'));
  }
  out.push(h('h2', {}, list.length + ' treat' + (list.length === 1 ? 'y' : 'ies')));
  if (list.length)
    out.push(h('div', {id: 'treaty-list'}, table(['parties', 'name', 'signed', 'duration', 'reported', 'status'],
      list.map(t => [t.parties.join(' + '), t.name || '(unnamed)', t.signed || '', t.duration || '',
        [t.first_reported, t.last_reported].filter(Boolean).join(' – '),
        (t.status || []).map(s => s.kind).filter((k, i, a) => a.indexOf(k) === i).join(', ')]))));
  for (const t of list)
    out.push(h('details', {class: 'mention'}, h('summary', {}, t.parties.join(' + ') + ': ' + (t.name || '(unnamed)')),
      (t.status || []).map(s => h('div', {}, h('b', {}, s.kind + (s.date ? ' ' + s.date : '')),
        s.reported_by ? h('span', {class: 'muted'}, ' reported by ' + s.reported_by) : null, evidenceList([s.evidence])))));
  if (graph.edges && graph.edges.length) {
    out.push(h('h2', {}, 'Alliance graph'));
    out.push(allianceSvg(graph));
    out.push(table(['from', 'to', 'obligation', 'treaty'], graph.edges.map(e => [e.from, e.to || '', e.type || '', e.name || ''])));
  }
  return out;
}

/* The alliance graph drawn as SVG: parties on a circle, an arrow from the
 * bound party to the one it must help (colour by obligation type), a dashed
 * line for a treaty without obligations. Built from elements, never markup. */
function allianceSvg(graph) {
  const NS = 'http://www.w3.org/2000/svg';
  const s = (tag, attrs, text) => {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.append(document.createTextNode(String(text)));
    return el;
  };
  const colour = {defence: '#b22222', offence: '#ff8c00', nonaggression: '#2e8b57', neutrality: '#4682b4',
                  consultation: '#666', treaty: '#999'};
  const nodes = graph.nodes.map(n => n.id);
  const W = 520, H = 360, R = Math.min(W, H) / 2 - 50, cx = W / 2, cy = H / 2;
  const pos = {};
  nodes.forEach((id, i) => {
    const a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(nodes.length, 1);
    pos[id] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const svg = s('svg', {id: 'alliance-graph', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img'});
  svg.append(s('title', {}, 'Alliance graph: ' + nodes.length + ' parties, ' + graph.edges.length + ' links'));
  const defs = s('defs', {});
  for (const [type, c] of Object.entries(colour)) {
    const m = s('marker', {id: 'arrow-' + type, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
                           orient: 'auto-start-reverse'});
    m.append(s('path', {d: 'M 0 0 L 10 5 L 0 10 z', fill: c}));
    defs.append(m);
  }
  svg.append(defs);
  const seen = {};
  for (const e of graph.edges) {
    const a = pos[e.from], b = pos[e.to];
    if (!a || !b) continue;
    /* two arrows between the same pair (both directions) bend apart */
    const key = [e.from, e.to].sort().join('|');
    const k = seen[key] = (seen[key] || 0) + 1;
    const dx = b[0] - a[0], dy = b[1] - a[1], len = Math.hypot(dx, dy) || 1;
    const ux = dx / len, uy = dy / len, off = 26;
    const x1 = a[0] + ux * off, y1 = a[1] + uy * off, x2 = b[0] - ux * off, y2 = b[1] - uy * off;
    const bend = (k % 2 ? 1 : -1) * (e.from < e.to ? 18 : -18);
    const mx = (x1 + x2) / 2 - uy * bend, my = (y1 + y2) / 2 + ux * bend;
    const type = colour[e.type] ? e.type : 'consultation';
    const path = s('path', {d: `M ${x1} ${y1} Q ${mx} ${my} ${x2} ${y2}`, fill: 'none', stroke: colour[type],
                            'stroke-width': 2, class: 'edge edge-' + type});
    if (e.type === 'treaty') path.setAttribute('stroke-dasharray', '5 4');
    else path.setAttribute('marker-end', `url(#arrow-${type})`);
    path.append(s('title', {}, `${e.from} → ${e.to}: ${e.type}${e.name ? ' (' + e.name + ')' : ''}`));
    svg.append(path);
  }
  for (const id of nodes) {
    const [x, y] = pos[id];
    const g = s('g', {class: 'node'});
    g.append(s('circle', {cx: x, cy: y, r: 22, fill: '#fff', stroke: '#333', 'stroke-width': 1.5}));
    g.append(s('text', {x, y: y + 4, 'text-anchor': 'middle', 'font-size': 12, 'font-family': 'DejaVu Sans, sans-serif'}, id));
    svg.append(g);
  }
  return h('figure', {class: 'graph'}, svg,
    h('figcaption', {class: 'muted'}, 'Arrows go from the party that is bound to the one it must help; red: defence, green: non-aggression, blue: neutrality, grey: consultation; dashed: a treaty without obligations.'));
}

async function code() {
  const today = new Date().toISOString().slice(0, 10);
  const result = h('div', {id: 'code-result'});
  const form = h('form', {class: 'filters', onsubmit: async e => {
      e.preventDefault();
      const f = new FormData(e.target);
      const art = {date: f.get('date') || today, text: f.get('text')};
      if (f.get('lang')) art.lang = f.get('lang');
      const btn = e.target.querySelector('button');
      btn.disabled = true;
      result.replaceChildren(h('p', {class: 'muted'}, 'coding…'));
      try {
        const d = await api('/api/code' + query({explain: f.get('explain') ? 1 : ''}), {method: 'POST',
          headers: {'Content-Type': 'application/x-ndjson'}, body: JSON.stringify(art) + '\n'});
        result.replaceChildren(...codeResult(d));
      } catch (err) {
        result.replaceChildren(h('div', {class: 'error'}, err.message));
      } finally {
        btn.disabled = false;
      }
    }},
    h('label', {}, 'date', h('input', {type: 'date', name: 'date', value: today, required: true})),
    h('label', {}, 'language', h('select', {name: 'lang'}, h('option', {value: ''}, 'detect'), h('option', {value: 'en'}, 'English'),
      h('option', {value: 'hu'}, 'Hungarian'))),
    h('label', {class: 'check'}, h('input', {type: 'checkbox', name: 'explain', value: '1'}), 'explain'),
    h('label', {class: 'wide'}, 'text', h('textarea', {name: 'text', required: true, rows: 8,
      placeholder: 'Russia and North Korea signed a treaty on mutual defence in Pyongyang on Wednesday.'})),
    h('button', {type: 'submit'}, 'Code'));
  return [h('h1', {}, 'Code a text'), h('p', {class: 'muted'}, 'The text is coded as entente code codes it, and not stored.'), form, result];
}

function codeResult(d) {
  const out = [h('p', {}, d.events.length + ' event' + (d.events.length === 1 ? '' : 's'))];
  if (d.events.length)
    out.push(table(['sentence', 'source', 'event', 'target', 'flags', 'reported by', 'evidence'],
      d.events.map(e => [e.sentence, [h('span', {class: 'code'}, e.source.code), ' ', h('mark', {class: 'source'}, e.source.text)],
        [h('span', {class: 'code'}, e.event.code), ' ', e.event.name, ' ', h('mark', {class: 'trigger'}, e.event.text)],
        [h('span', {class: 'code'}, e.target.code), ' ', h('mark', {class: 'target'}, e.target.text)],
        [e.negated ? 'negated' : '', e.mood || ''].filter(Boolean).join(', '),
        e.reported_by ? e.reported_by.text : '',
        h('span', {class: 'evidence code'}, [e.evidence.source_entry, e.evidence.verb_entry, e.evidence.target_entry].join(' '))])));
  for (const g of d.diagnostics || []) out.push(h('div', {class: 'error'}, 'line ' + g.line + ': ' + g.message));
  if (d.explanation) out.push(h('pre', {class: 'explain'}, d.explanation));
  return out;
}

/* ---- routing ---- */

const routes = {'': overview, dyad, events, articles, treaties, code};

async function render() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const [page, ...rest] = path.split('/');
  const id = decodeURIComponent(rest.join('/'));
  for (const a of document.querySelectorAll('nav a'))
    a.classList.toggle('active', a.dataset.page === (page || 'overview') || (page === 'event' && a.dataset.page === 'events') ||
      (page === 'article' && a.dataset.page === 'articles'));
  statusEl.textContent = 'loading…';
  try {
    let nodes;
    if (page === 'event' && id) nodes = await event(id);
    else if (page === 'article' && id) nodes = await article(id);
    else if (routes[page]) nodes = await routes[page](params);
    else nodes = [h('h1', {}, 'Not found'), h('p', {}, h('a', {href: '#/'}, 'back to the overview'))];
    main.replaceChildren(...[nodes].flat(Infinity));
    statusEl.textContent = '';
  } catch (err) {
    main.replaceChildren(h('div', {class: 'error', id: 'error'}, err.message));
    statusEl.textContent = '';
  }
  document.body.dataset.ready = hash || 'overview';
}

window.addEventListener('hashchange', render);
render();
