// The receivables dashboard: polls /api/dashboard and draws the aging chart (SVG) and the
// overdue table. Server data is untrusted: it only ever becomes text nodes and attributes,
// never markup.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const BUCKETS = [
    ['current', 'current'], ['days1To30', '1-30'], ['days31To60', '31-60'],
    ['days61To90', '61-90'], ['over90', 'over 90']
  ];
  const W = 280, H = 120, TOP = 16, BOTTOM = 20;
  let refreshMs = 15000;

  function el(tag, attrs, text) {
    const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function amount(text) {
    const n = Number(text);
    return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function compact(text) {
    const n = Number(text), a = Math.abs(n);
    if (a >= 1e6) return (n / 1e6).toFixed(1) + 'M';
    if (a >= 1e3) return (n / 1e3).toFixed(1) + 'k';
    return n.toFixed(0);
  }

  function chart(row) {
    const values = BUCKETS.map(([key]) => Number(row[key]));
    const max = Math.max(0, ...values), min = Math.min(0, ...values);
    const range = (max - min) || 1, plot = H - TOP - BOTTOM;
    const zeroY = TOP + (max / range) * plot, slot = W / BUCKETS.length;
    const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H}`, role: 'img',
      'aria-label': `Aging of ${row.customerNumber} in ${row.currency}` });
    svg.appendChild(el('svg:line', { x1: 0, x2: W, y1: zeroY, y2: zeroY, stroke: '#9aa5b1' }));
    BUCKETS.forEach(([key, label], i) => {
      const v = values[i], h = Math.abs(v) / range * plot;
      const x = i * slot + 8, y = v >= 0 ? zeroY - h : zeroY;
      const bar = el('svg:rect', { class: 'bar b' + i, x: x, y: y, width: slot - 16, height: Math.max(h, 0.5),
        'data-customer': row.customerNumber, 'data-currency': row.currency, 'data-bucket': key,
        'data-amount': row[key] });
      bar.appendChild(el('svg:title', {}, `${label}: ${amount(row[key])} ${row.currency}`));
      svg.appendChild(bar);
      const labelY = v >= 0 ? Math.max(y - 4, 11) : Math.min(y + h + 12, H - BOTTOM);
      svg.appendChild(el('svg:text', { class: 'value', x: x + (slot - 16) / 2, y: labelY,
        'text-anchor': 'middle' }, compact(row[key])));
      svg.appendChild(el('svg:text', { x: x + (slot - 16) / 2, y: H - 6, 'text-anchor': 'middle' }, label));
    });
    return svg;
  }

  function renderAging(rows) {
    const cards = document.getElementById('aging');
    cards.replaceChildren(...rows.map(row => {
      const card = el('article', { class: 'card', 'data-customer': row.customerNumber, 'data-currency': row.currency });
      card.appendChild(el('h3', {}, `${row.customerNumber} · ${row.currency}`));
      card.appendChild(el('p', { class: 'balance' },
        `Balance ${amount(row.balance)} · ${row.openItems} open items`));
      card.appendChild(chart(row));
      return card;
    }));
  }

  function renderOverdue(invoices) {
    document.getElementById('overdue-count').textContent = `(${invoices.length})`;
    const body = document.querySelector('#overdue tbody');
    body.replaceChildren(...invoices.map(inv => {
      const tr = el('tr', { 'data-number': inv.number });
      tr.appendChild(el('td', {}, inv.number));
      tr.appendChild(el('td', {}, inv.customerNumber));
      tr.appendChild(el('td', {}, inv.dueDate));
      tr.appendChild(el('td', { class: 'num' }, String(inv.daysOverdue)));
      tr.appendChild(el('td', { class: 'num', 'data-amount': inv.openAmount }, `${amount(inv.openAmount)} ${inv.currency}`));
      tr.appendChild(el('td', { class: 'status' }, inv.status));
      tr.appendChild(el('td', { class: 'approval' }, inv.approvalStatus));
      return tr;
    }));
  }

  function render(view) {
    refreshMs = Math.max(1, view.pageRefreshSeconds) * 1000;
    const error = document.getElementById('error');
    error.hidden = !view.lastError;
    error.textContent = view.lastError ? `The last refresh failed (${view.lastError}); the figures below are older.` : '';
    if (!view.ready) {
      document.getElementById('as-of').textContent = 'Loading the receivables…';
      return;
    }
    const synced = view.syncedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
    document.getElementById('as-of').textContent =
      `Aging as of ${view.agingAsOf} · data synced ${synced} · this page refreshes every ${view.pageRefreshSeconds} s`;
    renderAging(view.aging);
    renderOverdue(view.overdue);
    document.body.dataset.syncedAt = view.syncedAt;
    document.body.dataset.state = 'ready';
  }

  function legend() {
    document.getElementById('legend').replaceChildren(...BUCKETS.map(([, label], i) => {
      const li = el('li');
      li.appendChild(el('i', { class: 'b' + i }));
      li.appendChild(document.createTextNode(label === 'current' ? 'current (not due)' : label + ' days'));
      return li;
    }));
  }

  async function poll() {
    try {
      const response = await fetch('api/dashboard', { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      render(await response.json());
    } catch (e) {
      const error = document.getElementById('error');
      error.hidden = false;
      error.textContent = `The dashboard server did not answer (${e.message}); retrying.`;
    } finally {
      setTimeout(poll, refreshMs);
    }
  }

  legend();
  poll();
})();
