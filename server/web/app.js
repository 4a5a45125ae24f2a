// kosearch-server's page: asks /api/search and /api/timeline and draws the
// answer. Everything from the archive is put in the page as text (DOM text
// nodes, textContent): nothing it holds is ever read as HTML.
'use strict';

const PAGE_SIZE = 10;
const SIDE_FACETS = [['org', '기관'], ['source', '매체'], ['year', '연도']];
const COLORS = ['#0b57d0', '#e8710a', '#188038', '#d93025', '#9334e6', '#007b83', '#b06000', '#5f6368'];
const SVG = 'http://www.w3.org/2000/svg';
const FILTER = /\b(speaker|org|source|date):("[^"]*"|\S+)/g;

const byId = (id) => document.getElementById(id);

// An element with a class and children (strings become text nodes).
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

// A snippet's [highlighted] words as <mark> elements, the rest as text.
function highlighted(snippet) {
  const out = document.createDocumentFragment();
  let last = 0;
  for (const m of snippet.matchAll(/\[([^\[\]]+)\]/g)) {
    out.append(snippet.slice(last, m.index), el('mark', '', m[1]));
    last = m.index + m[0].length;
  }
  out.append(snippet.slice(last));
  return out;
}

// A link to the article when it has a web address, else plain text.
function titleOf(hit) {
  const text = hit.title || hit.article_id;
  if (!/^https?:\/\//i.test(hit.url || '')) return el('span', 'title', text);
  const a = el('a', 'title', text);
  a.href = hit.url;
  a.rel = 'noopener noreferrer';
  return a;
}

function metaOf(hit) {
  return el('div', 'meta', [hit.date, hit.source, hit.article_id].filter(Boolean).join(' · '));
}

async function getJson(path, params) {
  const response = await fetch(path + '?' + new URLSearchParams(params));
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// The speaker line of a quote: "최태원 (SK그룹 회장)".
function whoOf(hit) {
  const about = [hit.org, hit.role].filter(Boolean).join(' ');
  return about ? ' (' + about + ')' : '';
}

function quoteItem(hit, withSpeaker) {
  const item = el('div', 'quote');
  if (withSpeaker) item.append(el('div', 'speaker', el('strong', '', hit.speaker), whoOf(hit)));
  item.append(el('blockquote', '', '“', highlighted(hit.snippet), '”'), el('div', 'meta', titleOf(hit), ' · ', metaOf(hit).textContent));
  return item;
}

// Who-said-what: the quotes grouped by speaker, in the order of their best quote.
function renderAnswers(hits) {
  const groups = new Map();
  for (const hit of hits) {
    if (!groups.has(hit.speaker)) groups.set(hit.speaker, []);
    groups.get(hit.speaker).push(hit);
  }
  const box = byId('answers');
  for (const [speaker, quotes] of groups) {
    const group = el('section', 'speaker-group', el('h3', '', speaker || '(발언자 미상)', el('span', 'who', whoOf(quotes[0]))));
    group.dataset.speaker = speaker;
    for (const hit of quotes) group.append(quoteItem(hit, false));
    box.append(group);
  }
}

function renderHits(hits) {
  const list = byId('results');
  for (const hit of hits) {
    const item = el('li', 'hit');
    item.dataset.id = hit.id;
    if (hit.kind === 'quote') {
      item.append(quoteItem(hit, true));
    } else {
      item.append(titleOf(hit), metaOf(hit), el('p', 'snippet', highlighted(hit.snippet)));
    }
    list.append(item);
  }
}

// The query with the filter field:"value" added. A question keeps its
// topic and the filter takes the place of its speaker.
function withFilter(state, field, value) {
  const term = field === 'year' ? 'date:' + value : field + ':"' + value.replace(/"/g, '') + '"';
  const base = state.response && state.response.understood ? state.response.understood.topic : state.q;
  return (base + ' ' + term).trim();
}

function facetBox(state, field, label, counts) {
  const box = el('div', 'facet');
  box.dataset.facet = field;
  box.append(el('h3', '', label));
  for (const [value, count] of counts) {
    const button = el('button', '', el('span', 'value', value), el('span', 'count', String(count)));
    button.type = 'button';
    button.dataset.value = value;
    button.addEventListener('click', () => search(withFilter(state, field, value), 0));
    box.append(button);
  }
  return box;
}

function renderFacets(state, timeline) {
  const facets = state.response.facets || {};
  const side = byId('facets');
  let speakers = Object.entries(facets.speaker || {});
  if (!speakers.length && timeline) speakers = timeline.values.map((v) => [v.value, v.count]);
  if (speakers.length) side.append(facetBox(state, 'speaker', '발언자', speakers));
  for (const [field, label] of SIDE_FACETS) {
    const counts = Object.entries(facets[field] || {});
    if (counts.length) side.append(facetBox(state, field, label, counts));
  }
  // The filters in the query, each removable.
  const filters = byId('filters');
  for (const m of state.q.matchAll(FILTER)) {
    const chip = el('button', 'chip', m[0], el('span', 'count', '×'));
    chip.type = 'button';
    chip.title = '필터 해제';
    chip.addEventListener('click', () => search(state.q.replace(m[0], '').replace(/\s+/g, ' ').trim(), 0));
    filters.append(chip);
  }
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

// Every month (or year) from the first interval to the last, the empty ones
// too, so that the bars stand on a time axis.
function allIntervals(intervals) {
  const next = (t) => {
    if (t.length === 4) return String(Number(t) + 1);
    const [y, m] = t.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  };
  const counts = new Map(intervals.map((b) => [b.interval, b.counts]));
  const out = [];
  const last = intervals[intervals.length - 1].interval;
  for (let t = intervals[0].interval; out.length < 2000; t = next(t)) {
    out.push({ interval: t, counts: counts.get(t) || {} });
    if (t >= last) break;
  }
  return out;
}

// Stacked bars: quotes per month, one colour per speaker.
function renderTimeline(found) {
  const box = byId('timeline');
  box.hidden = !found || !found.intervals.length;
  if (box.hidden) return;
  const timeline = { values: found.values, intervals: allIntervals(found.intervals) };
  const width = 800, height = 180, bottom = 20, left = 30;
  const colour = new Map(timeline.values.map((v, i) => [v.value, COLORS[i % COLORS.length]]));
  const totals = timeline.intervals.map((b) => Object.values(b.counts).reduce((a, n) => a + n, 0));
  const most = Math.max(...totals, 1);
  const slot = (width - left) / timeline.intervals.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': '월별 인용 수' });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, stroke: '#999' }));
  const axis = svg('text', { x: 0, y: 12, 'font-size': 11, fill: '#666' });
  axis.textContent = String(most);
  chart.append(axis);
  const labelEvery = Math.ceil(timeline.intervals.length / 8);
  timeline.intervals.forEach((bucket, i) => {
    let y = height - bottom;
    for (const [value, n] of Object.entries(bucket.counts)) {
      const h = (n / most) * (height - bottom - 16);
      y -= h;
      const w = Math.min(Math.max(slot * 0.8, 1), 40);
      const bar = svg('rect', { class: 'bar', x: left + i * slot + (slot - w) / 2, y, width: w, height: h, fill: colour.get(value) });
      const tip = svg('title', {});
      tip.textContent = `${bucket.interval} · ${value}: ${n}`;
      bar.append(tip);
      chart.append(bar);
    }
    if (i % labelEvery === 0) {
      const label = svg('text', { x: left + i * slot, y: height - 4, 'font-size': 11, fill: '#666' });
      label.textContent = bucket.interval;
      chart.append(label);
    }
  });
  byId('chart').replaceChildren(chart);
  const legend = byId('legend');
  legend.replaceChildren();
  for (const v of timeline.values) {
    const swatch = el('span', 'swatch');
    swatch.style.background = colour.get(v.value);
    legend.append(el('li', '', swatch, `${v.value} ${v.count}`));
  }
}

function renderPager(state) {
  const pager = byId('pager');
  const { total } = state.response;
  if (total <= PAGE_SIZE) return;
  const button = (text, offset) => {
    const b = el('button', '', text);
    b.type = 'button';
    b.addEventListener('click', () => search(state.q, offset));
    return b;
  };
  if (state.offset > 0) pager.append(button('← 이전', Math.max(0, state.offset - PAGE_SIZE)));
  pager.append(el('span', 'page', `${state.offset + 1}–${Math.min(state.offset + PAGE_SIZE, total)} / ${total}`));
  if (state.offset + PAGE_SIZE < total) pager.append(button('다음 →', state.offset + PAGE_SIZE));
}

function statusLine(response) {
  if (response.understood) return response.understood.summary;
  return (response.total_exact ? '' : '약 ') + response.total + '건';
}

function clear() {
  for (const id of ['answers', 'results', 'pager', 'facets', 'filters']) byId(id).replaceChildren();
}

let current = 0;  // the latest search: an older answer arriving late is dropped

async function search(q, offset, push = true) {
  const mine = ++current;
  byId('q').value = q;
  if (push) history.pushState(null, '', '?' + new URLSearchParams(offset ? { q, offset } : { q }));
  byId('status').textContent = '검색 중…';
  const params = [['q', q], ['limit', PAGE_SIZE], ['offset', offset], ['facet_size', 8], ['facet', 'speaker'],
    ...SIDE_FACETS.map(([f]) => ['facet', f])];
  let response, timeline;
  try {
    [response, timeline] = await Promise.all([getJson('/api/search', params),
      getJson('/api/timeline', { q, by: 'speaker', interval: 'month', top: 6 }).catch(() => null)]);
  } catch (e) {
    if (mine !== current) return;
    clear();
    renderTimeline(null);
    byId('status').replaceChildren(el('span', 'error', e.message));
    return;
  }
  if (mine !== current) return;
  const state = { q, offset, response };
  clear();
  byId('status').textContent = statusLine(response);
  if (response.understood) {
    renderAnswers(response.results);
    if (!response.results.length && response.closest.length) {
      byId('status').append(' · 가까운 기사:');
      renderHits(response.closest);
    }
  } else {
    renderHits(response.results);
  }
  renderFacets(state, timeline);
  renderTimeline(timeline);
  renderPager(state);
  document.body.dataset.ready = String(mine);
}

function fromAddress(push) {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  if (q.trim()) search(q, Number(params.get('offset')) || 0, push);
}

document.addEventListener('DOMContentLoaded', () => {
  byId('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = byId('q').value.trim();
    if (q) search(q, 0);
  });
  window.addEventListener('popstate', () => fromAddress(false));
  fromAddress(false);
});
