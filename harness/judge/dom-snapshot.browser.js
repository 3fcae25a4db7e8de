// Runs inside the page (passed to page.evaluate as source text, so no bundler helpers leak in).
// Reads what a user is shown right now: messages, invalid fields, busy indicators, empty states, dialogs.
// @ts-nocheck: browser-side plain JS; its output shape is `DomSnapshot` in dom-snapshot.ts.
(selectors) => {
  const FAILURE = /\b(error|failed|fail|unable|couldn'?t|could not|cannot|can'?t|trouble|problem|went wrong|unavailable|disconnected|lost connection|connection lost|try again)\b/i;
  const SUCCESS = /\b(created|saved|success(fully)?|done|completed|sent|added|updated|imported|synced)\b/i;
  const WARNING = /\b(may be out of date|might be (out of date|missing|incomplete)|possibly out of date|last (known|updated)|stale|warning)\b/i;
  const EMPTY = /\b(no|zero)\s+([\w-]+\s+){0,3}(found|exist|exists|available|yet|to show|to display)\b|\bnothing (here|to show)\b|\bthere are no\b|\bis empty\b/i;
  const BUSY_TEXT = /\b(loading|saving|creating|sending|connecting|syncing|importing|please wait)\b/i;
  const ACTION = /\b(retry|try again|reload|refresh|re-?run|reconnect|learn more|contact|check|go to|view)\b/i;

  const rect = (el) => el.getBoundingClientRect();
  const boxed = (el) => { const r = rect(el); return r.width > 0 && r.height > 0; };
  // Painted: a sighted user can see it. Screen-reader-only text (1 px, clipped) is announced but not painted.
  const painted = (el) => {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = rect(el);
    if (r.width <= 2 || r.height <= 2) return false;
    const clip = getComputedStyle(el).clipPath || '';
    return !/inset\(\s*(50|100)%/.test(clip) && getComputedStyle(el).clip !== 'rect(0px, 0px, 0px, 0px)';
  };
  const rendered = (el) => !!el && el.isConnected && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true })) && boxed(el);
  const text = (el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  const inViewport = (el) => { const r = rect(el); return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; };
  const pathOf = (el) => {
    if (el.id) return `#${el.id}`;
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      if (e.id) { parts.unshift(`#${e.id}`); break; }
      parts.unshift(e.tagName.toLowerCase() + [...e.classList].slice(0, 2).map((c) => `.${c}`).join(''));
    }
    return parts.join(' > ');
  };
  const isFixed = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) if (/fixed|sticky/.test(getComputedStyle(e).position)) return true;
    return false;
  };
  const hint = (el) => {
    let s = '';
    for (let e = el; e && e !== document.body && s.length < 400; e = e.parentElement) s += ` ${e.className || ''} ${e.getAttribute('data-tone') || ''}`;
    return s;
  };
  const toneOf = (el, role, t) => {
    const h = hint(el);
    if (/\b(error|danger|critical|alert-error|failed)\b/i.test(h)) return 'error';
    if (/\bwarn(ing)?\b/i.test(h)) return 'warning';
    if (/\bsuccess\b/i.test(h)) return 'success';
    if (WARNING.test(t)) return 'warning';
    if (FAILURE.test(t)) return 'error';
    if (SUCCESS.test(t)) return 'success';
    return role === 'alert' || role === 'alertdialog' ? 'error' : 'info';
  };
  const q = (sel, root = document) => { try { return [...root.querySelectorAll(sel)]; } catch { return []; } };
  const extra = (name) => (selectors && selectors[name] ? q(selectors[name]) : []);

  const main = document.querySelector('main, [role="main"]') || document.body;
  const SECTION = 'section, [role="region"], .panel, .card, aside';
  const formOf = (el) => el.closest(`form, [role="form"], fieldset, ${SECTION}`);
  const firstField = (scope) => scope && scope.querySelector('input:not([type=hidden]), select, textarea');
  const rowOf = (el) => el.closest('tr, li, [role="row"], [role="listitem"]');
  // Whether the page around `box` still shows working content (for half- vs full-page empty states).
  const restHasContent = (box) => {
    let outside = 0;
    for (const el of q(`${SECTION}, table, ul, ol, form`, main)) {
      if (box.contains(el) || el.contains(box) || !rendered(el)) continue;
      outside += text(el).length;
    }
    return outside > 40;
  };
  const settingsPage = /\bsettings\b/i.test(`${location.pathname} ${document.title} ${text(document.querySelector('h1') || document.body).slice(0, 80)}`);

  const seen = new Set();
  const covered = (el) => { for (const s of seen) if (s.contains(el)) return true; return false; };
  const messages = [];
  const addMessage = (el, source, role, announcedOverride) => {
    if (seen.has(el) || !rendered(el) || covered(el)) return;
    const t = text(el);
    if (!t) return;
    seen.add(el);
    const scope = formOf(el);
    const field = firstField(scope);
    const row = rowOf(el);
    const emptyState = el.matches('[data-empty-state], .empty-state') || !!el.closest('[data-empty-state], .empty-state');
    const box = emptyState ? el.closest('[data-empty-state], .empty-state') : el;
    const inSection = box.matches(SECTION) || !!(box.parentElement && box.parentElement.closest(SECTION));
    const controls = [...q('button, a[href], [role="button"]', el), ...(row ? q('button, a[href]', row) : [])];
    messages.push({
      source, role, text: t.slice(0, 600), tone: toneOf(el, role, t),
      inForm: !!(scope && scope.matches('form, [role="form"]')),
      scope: scope ? pathOf(scope) : null,
      aboveFields: !!(field && (el.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING)),
      inViewport: inViewport(el),
      painted: painted(el),
      floating: isFixed(el),
      announced: announcedOverride ?? source !== 'text',
      emptyState,
      region: emptyState ? (inSection && restHasContent(box) ? 'section' : 'page') : null,
      inRow: !!row && !el.matches('tr, li'),
      nextStepControl: controls.some((c) => ACTION.test(text(c))),
      settingsPage,
      selector: pathOf(el),
    });
  };

  const invalidFields = [];
  for (const el of [...q('[aria-invalid="true"]'), ...extra('invalidField')]) {
    if (!rendered(el)) continue;
    const ids = `${el.getAttribute('aria-describedby') || ''} ${el.getAttribute('aria-errormessage') || ''}`.split(/\s+/).filter(Boolean);
    const msgs = ids.map((id) => document.getElementById(id)).filter((m) => m && rendered(m)).map(text).filter(Boolean);
    const label = (el.labels && el.labels[0] && text(el.labels[0])) || el.getAttribute('aria-label') || el.name || el.id;
    invalidFields.push({ name: label, message: [...new Set(msgs)].join(' '), selector: pathOf(el) });
    ids.forEach((id) => { const m = document.getElementById(id); if (m) seen.add(m); });
  }

  for (const el of [...q('[role="alertdialog"], [role="dialog"], dialog[open]'), ...extra('dialog')]) addMessage(el, 'dialog', el.getAttribute('role') || 'dialog');
  for (const el of q('[data-empty-state], .empty-state')) if (FAILURE.test(text(el)) || WARNING.test(text(el))) addMessage(el, 'empty-state', null, !!el.closest('[role], [aria-live]'));
  for (const el of [...q('[role="alert"]'), ...extra('alert')]) addMessage(el, 'alert', 'alert', el.matches('[role="alert"]'));
  for (const el of [...q('[role="status"], output'), ...extra('toast'), ...extra('success')]) addMessage(el, 'status', 'status', el.matches('[role="status"], output'));
  for (const el of q('[aria-live]:not([aria-live="off"])')) addMessage(el, 'live', el.getAttribute('aria-live'));

  const busy = [];
  for (const el of q('[aria-busy="true"]')) if (rendered(el)) busy.push({ what: 'aria-busy', text: text(el).slice(0, 80), selector: pathOf(el), value: null });
  for (const el of q('[role="progressbar"], progress')) {
    if (!rendered(el)) continue;
    const raw = el.getAttribute('aria-valuenow') ?? (el.tagName === 'PROGRESS' && el.hasAttribute('value') ? el.value : null);
    const now = raw === null ? NaN : Number(raw);
    const max = Number(el.getAttribute('aria-valuemax') ?? (el.max || 100));
    const valueText = el.getAttribute('aria-valuetext') || '';
    const failed = /fail|error/i.test(`${hint(el)} ${valueText}`);
    const value = Number.isNaN(now) ? (valueText || null) : `${now}/${max}`;
    if (!failed && !(now >= max)) busy.push({ what: 'progressbar', text: el.getAttribute('aria-label') || valueText, selector: pathOf(el), value });
  }
  for (const el of [...q('.spinner, .loading, .loader, [data-loading]'), ...extra('busy')]) if (rendered(el)) busy.push({ what: 'spinner', text: text(el).slice(0, 80), selector: pathOf(el), value: null });
  for (const el of q('button[disabled], button[aria-disabled="true"]')) if (rendered(el) && BUSY_TEXT.test(text(el))) busy.push({ what: 'busy-button', text: text(el), selector: pathOf(el), value: null });

  // Messages without ARIA: visible blocks whose own text reads like a failure, success or empty state.
  const empty = [];
  const blocks = q('main p, main div, main li, main td, main span, main h1, main h2, main h3, main option, body > div p, [data-empty-state], .empty-state');
  for (const el of [...blocks, ...extra('emptyState')]) {
    if (!rendered(el) && el.tagName !== 'OPTION') continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
    const marked = el.matches('[data-empty-state], .empty-state') || extra('emptyState').includes(el);
    if ((!own && !marked) || own.length > 300 || covered(el)) continue;
    if (marked || EMPTY.test(own)) { empty.push({ text: text(el).slice(0, 300), selector: pathOf(el) }); seen.add(el); continue; }
    if (FAILURE.test(own) || SUCCESS.test(own)) addMessage(el, 'text', null);
  }

  const disabledActions = q('button[type="submit"][disabled], form button[disabled], button[aria-disabled="true"]')
    .filter(rendered).map((el) => ({ text: text(el), selector: pathOf(el) }));
  return { url: location.href, title: document.title, messages, invalidFields, busy, empty, disabledActions };
}
