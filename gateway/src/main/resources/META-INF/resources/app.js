// Claimwatch's page: pick a group, see its claims over time, read the sentence behind each. Plain JS, no build.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
let apiKey = sessionStorage.getItem('claimwatch.key') || '';
let groups = [];

const $ = (id) => document.getElementById(id);

async function api(path) {
  const headers = apiKey ? { Authorization: 'Bearer ' + apiKey } : {};
  const r = await fetch(path, { headers });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const e = body.error || {};
    throw new Error((e.status || r.status) + ': ' + (e.message || 'request failed'));
  }
  return body;
}

function status(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

function keyText(k) {
  if (!k) return '';
  return [k.kind, k.event, k.party, k.place, k.cause, k.unit].filter(Boolean).join(' · ');
}

async function loadGroups() {
  status('Loading groups…');
  try {
    groups = [];
    let token = '';
    do {
      const page = await api('/v1/groups?pageSize=500' + (token ? '&pageToken=' + encodeURIComponent(token) : ''));
      groups.push(...(page.groups || []));
      token = page.nextPageToken || '';
    } while (token && groups.length < 2000);
    groups.sort((a, b) => (b.claimCount || 0) - (a.claimCount || 0));
    renderGroups();
    status(groups.length + ' groups');
  } catch (e) {
    status(e.message + (apiKey ? '' : ' (enter an API key above)'), true);
  }
}

function renderGroups() {
  const q = $('search').value.trim().toLowerCase();
  const ul = $('groups');
  ul.replaceChildren();
  for (const g of groups) {
    const text = keyText(g.key);
    if (q && !(text + ' ' + g.name).toLowerCase().includes(q)) continue;
    const li = document.createElement('li');
    li.dataset.name = g.name;
    li.innerHTML = '<span class="group-key"></span><small></small>';
    li.querySelector('.group-key').textContent = text || g.name;
    li.querySelector('small').textContent = g.claimCount + ' claims' + (g.originCount ? ' · ' + g.originCount + ' origins' : '');
    li.addEventListener('click', () => showGroup(g.name));
    ul.appendChild(li);
  }
}

// When a claim holds: the date it was said, else its article's date, else the end of its period.
function when(c) {
  const d = c.statementDate || c.publicationDate || c.eventEnd || c.eventStart;
  if (!d) return null;
  const parts = d.split('-').map(Number);
  return Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1);
}

function num(v) {
  return v === undefined || v === null ? null : Number(v);
}

async function showGroup(name) {
  document.querySelectorAll('#groups li').forEach((li) => li.classList.toggle('selected', li.dataset.name === name));
  status('Loading ' + name + '…');
  let g;
  try {
    // One page of the timeline, the largest the API gives: a group of thousands of claims is drawn from its first 500.
    g = await api('/v1/' + name + '?pageSize=500');
  } catch (e) {
    status(e.message, true);
    return;
  }
  status('');
  $('group-pane').hidden = false;
  $('article').hidden = true;
  $('group-title').textContent = keyText(g.key) || g.name;
  const est = g.estimate;
  const shown = (g.timeline || []).length;
  $('group-summary').textContent = g.claimCount + ' claims from ' + g.originCount + ' independent origins'
      + (est ? '; best estimate ' + (est.low ?? 'open') + (est.high !== undefined && est.high !== est.low ? '–' + est.high : '') + (est.unit ? ' ' + est.unit : '') + ' (' + est.basis + ')' : '')
      + (shown < g.claimCount ? '; showing the first ' + shown + ' in time' : '');
  draw(g);
}

function draw(g) {
  const svg = $('chart');
  svg.replaceChildren();
  const W = svg.clientWidth || 900, H = 380, L = 70, R = 30, T = 20, B = 40;
  const claims = (g.timeline || []).filter((c) => when(c) !== null && (num(c.valueLow) !== null || num(c.valueHigh) !== null));
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  if (!claims.length) return;
  const times = claims.map(when);
  let t0 = Math.min(...times), t1 = Math.max(...times);
  const pad = Math.max((t1 - t0) * 0.08, 86400000 * 3);
  t0 -= pad; t1 += pad;
  const vals = [];
  claims.forEach((c) => { if (num(c.valueLow) !== null) vals.push(num(c.valueLow)); if (num(c.valueHigh) !== null) vals.push(num(c.valueHigh)); });
  if (g.estimate) { if (num(g.estimate.low) !== null) vals.push(num(g.estimate.low)); if (num(g.estimate.high) !== null) vals.push(num(g.estimate.high)); }
  let v0 = Math.min(...vals), v1 = Math.max(...vals);
  const vpad = Math.max((v1 - v0) * 0.15, Math.abs(v1) * 0.1, 1);
  v0 = Math.max(0, v0 - vpad); v1 += vpad;
  const x = (t) => L + (t - t0) / (t1 - t0) * (W - L - R);
  const y = (v) => H - B - (v - v0) / (v1 - v0) * (H - T - B);
  const el = (tag, attrs, parent) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    (parent || svg).appendChild(e);
    return e;
  };
  // Gradient for open ends.
  const defs = el('defs', {});
  // Best estimate.
  if (g.estimate) {
    const lo = num(g.estimate.low) ?? v0, hi = num(g.estimate.high) ?? v1;
    const band = el('rect', { class: 'estimate', x: L, width: W - L - R, y: y(hi) - (hi === lo ? 3 : 0), height: Math.max(y(lo) - y(hi), 6) });
    band.appendChild(document.createElementNS(SVG, 'title')).textContent = 'Best estimate: ' + g.estimate.basis;
    el('text', { class: 'estimate-label', x: W - R - 4, y: y(hi) - 6, 'text-anchor': 'end' }).textContent = 'best estimate';
  }
  // Axes.
  const axis = el('g', { class: 'axis' });
  el('line', { x1: L, x2: W - R, y1: H - B, y2: H - B }, axis);
  el('line', { x1: L, x2: L, y1: T, y2: H - B }, axis);
  for (let i = 0; i <= 4; i++) {
    const v = v0 + (v1 - v0) * i / 4;
    el('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, axis).textContent = Math.round(v).toLocaleString('en');
  }
  for (let i = 0; i <= 4; i++) {
    const t = t0 + (t1 - t0) * i / 4;
    el('text', { x: x(t), y: H - B + 16, 'text-anchor': 'middle' }, axis).textContent = new Date(t).toISOString().slice(0, 10);
  }
  // Colours by claimant.
  const claimants = [...new Set(claims.map((c) => c.claimant || '(the outlet)'))];
  const colour = (c) => PALETTE[claimants.indexOf(c.claimant || '(the outlet)') % PALETTE.length];
  $('legend').replaceChildren(...claimants.map((name, i) => {
    const li = document.createElement('li');
    li.textContent = name;
    li.style.setProperty('--c', PALETTE[i % PALETTE.length]);
    return li;
  }));
  // Claims at the same date are spread a little so that each stays clickable.
  const seen = {};
  const pos = {};
  claims.forEach((c) => {
    const t = when(c);
    const n = seen[t] = (seen[t] || 0) + 1;
    pos[c.name] = x(t) + (n - 1) * 12;
  });
  // Conflicts: a claim against the one before it in time (steps), and against the claim the estimate rests on.
  const verdicts = [...(g.steps || []), ...(g.againstCurrent || [])];
  const conflicted = new Set();
  for (const v of verdicts) {
    if (v.verdict === 'CONFLICTS') { conflicted.add(v.earlier); conflicted.add(v.later); }
  }
  for (const v of verdicts) {
    if (v.verdict !== 'CONFLICTS' || pos[v.earlier] === undefined || pos[v.later] === undefined) continue;
    const a = claims.find((c) => c.name === v.earlier), b = claims.find((c) => c.name === v.later);
    const ya = y(num(a.valueLow) ?? num(a.valueHigh)), yb = y(num(b.valueLow) ?? num(b.valueHigh));
    const line = el('line', { class: 'conflict-line', x1: pos[v.earlier], y1: ya, x2: pos[v.later], y2: yb });
    line.appendChild(document.createElementNS(SVG, 'title')).textContent = 'Conflict: ' + v.reason;
  }
  claims.forEach((c, i) => {
    const cx = pos[c.name];
    const lo = num(c.valueLow), hi = num(c.valueHigh);
    const openLow = lo === null, openHigh = hi === null;
    const g1 = el('g', { class: 'bar', 'data-claim': c.name, 'data-hedge': c.hedge || '',
      'data-open': openHigh ? 'high' : openLow ? 'low' : 'none', tabindex: 0 });
    const col = colour(c);
    const yTop = openHigh ? T + 4 : y(hi), yBottom = openLow ? H - B - 2 : y(lo);
    if (openHigh || openLow) {
      const id = 'fade' + i;
      const grad = el('linearGradient', { id, x1: 0, x2: 0, y1: openHigh ? 1 : 0, y2: openHigh ? 0 : 1 }, defs);
      el('stop', { offset: '0', 'stop-color': col, 'stop-opacity': 1 }, grad);
      el('stop', { offset: '1', 'stop-color': col, 'stop-opacity': 0.05 }, grad);
      el('rect', { class: 'stem-open', x: cx - 3, width: 6, y: yTop, height: Math.max(yBottom - yTop, 2), fill: `url(#${id})` }, g1);
      const yEnd = openHigh ? yTop : yBottom, dir = openHigh ? -1 : 1;
      el('path', { class: 'open-end', d: `M${cx - 6},${yEnd - dir * 8} L${cx},${yEnd} L${cx + 6},${yEnd - dir * 8}`,
        fill: 'none', stroke: col, 'stroke-width': 2 }, g1);
      el('line', { class: 'cap', x1: cx - 6, x2: cx + 6, y1: openHigh ? yBottom : yTop, y2: openHigh ? yBottom : yTop, stroke: col, 'stroke-width': 2 }, g1);
      // A wide transparent stem keeps the whole bar clickable.
      el('line', { class: 'stem', x1: cx, x2: cx, y1: yTop, y2: yBottom, stroke: 'transparent', 'stroke-width': 12 }, g1);
    } else {
      const h = Math.max(yBottom - yTop, 0);
      el('line', { class: 'stem', x1: cx, x2: cx, y1: yTop - (h < 4 ? 2 : 0), y2: yBottom + (h < 4 ? 2 : 0), stroke: col, 'stroke-width': 6, 'stroke-linecap': 'round' }, g1);
    }
    if (conflicted.has(c.name)) {
      el('text', { class: 'conflict', x: cx + 7, y: yTop + 4 }, g1).textContent = '✕';
    }
    g1.appendChild(document.createElementNS(SVG, 'title')).textContent =
        `${c.numberText} (${c.hedge}) ${c.counted || ''}, ${c.claimant || 'the outlet'}, ${c.statementDate || c.publicationDate || ''}`;
    g1.addEventListener('click', () => showClaim(c, g1));
    g1.addEventListener('keydown', (e) => { if (e.key === 'Enter') showClaim(c, g1); });
  });
}

async function showClaim(c, bar) {
  document.querySelectorAll('.bar').forEach((b) => b.classList.toggle('selected', b === bar));
  let a;
  try {
    a = await api('/v1/' + c.article);
  } catch (e) {
    status(e.message, true);
    return;
  }
  $('article').hidden = false;
  $('article-title').textContent = a.title || a.name;
  $('claim-detail').textContent = `${c.numberText} — ${c.hedge}${c.counted ? ', ' + c.counted : ''}${c.claimant ? ', said by ' + c.claimant : ''}`;
  // Offsets are Unicode code points of the clean text.
  const chars = Array.from(a.cleanText || '');
  const before = chars.slice(0, c.quoteStart).join(''), quote = chars.slice(c.quoteStart, c.quoteEnd).join(''),
      after = chars.slice(c.quoteEnd).join('');
  const mark = document.createElement('mark');
  mark.id = 'quote';
  mark.textContent = quote;
  $('article-text').replaceChildren(document.createTextNode(before), mark, document.createTextNode(after));
  mark.scrollIntoView({ block: 'center' });
}

$('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  apiKey = $('api-key').value.trim();
  sessionStorage.setItem('claimwatch.key', apiKey);
  loadGroups();
});
$('search').addEventListener('input', renderGroups);
$('api-key').value = apiKey;
loadGroups();
