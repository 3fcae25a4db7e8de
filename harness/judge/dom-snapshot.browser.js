// Runs inside the page (passed to page.evaluate as source text, so no bundler helpers leak in).
// Reads what a user is shown right now: messages, invalid fields, busy indicators, empty states, dialogs.
// @ts-nocheck: browser-side plain JS; its output shape is `DomSnapshot` in dom-snapshot.ts.
(selectors) => {
  const FAILURE = /\b(error|failed|fail|unable|couldn'?t|could not|cannot|can't|trouble|problem|went wrong|unavailable|disconnected|lost connection|try again)\b/i;
  const SUCCESS = /\b(created|saved|success(fully)?|done|completed|connected|sent|added|updated|imported|synced)\b/i;
  const WARNING = /\b(may be out of date|might be (out of date|missing|incomplete)|possibly out of date|last (known|updated)|stale|warning)\b/i;
  const EMPTY = /\b(no|zero)\s+([\w-]+\s+){0,3}(found|exist|exists|available|yet|to show|to display)\b|\bnothing (here|to show)\b|\bthere are no\b|\bis empty\b/i;
  const BUSY_TEXT = /\b(loading|saving|creating|sending|connecting|syncing|importing|please wait)\b/i;

  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 2 && r.height > 2;
  };
  const text = (el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const pathOf = (el) => {
    if (el.id) return `#${el.id}`;
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      const tag = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(`#${e.id}`); break; }
      const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      parts.unshift(tag + cls);
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
    if (/\b(error|danger|critical|alert-error)\b/i.test(h)) return 'error';
    if (/\bwarn(ing)?\b/i.test(h)) return 'warning';
    if (/\bsuccess\b/i.test(h)) return 'success';
    if (WARNING.test(t)) return 'warning';
    if (FAILURE.test(t)) return 'error';
    if (SUCCESS.test(t)) return 'success';
    return role === 'alert' || role === 'alertdialog' ? 'error' : 'info';
  };
  const q = (sel) => { try { return [...document.querySelectorAll(sel)]; } catch { return []; } };
  const extra = (name) => (selectors && selectors[name] ? q(selectors[name]) : []);

  const formOf = (el) => el.closest('form, [role="form"], fieldset, section, [role="region"], .panel, .card');
  const firstField = (scope) => scope && scope.querySelector('input:not([type=hidden]), select, textarea');
  const seen = new Set();
  const messages = [];
  const addMessage = (el, source, role) => {
    if (seen.has(el) || !visible(el)) return;
    const t = text(el);
    if (!t) return;
    for (const s of seen) if (s.contains(el)) return;
    seen.add(el);
    const scope = formOf(el);
    const field = firstField(scope);
    messages.push({
      source, role, text: t.slice(0, 600), tone: toneOf(el, role, t),
      inForm: !!(scope && scope.matches('form, [role="form"]')),
      scope: scope ? pathOf(scope) : null,
      aboveFields: !!(field && (el.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING)),
      inViewport: inViewport(el),
      floating: isFixed(el),
      announced: source !== 'text',
      selector: pathOf(el),
    });
  };
  const invalidFields = [];
  for (const el of [...q('[aria-invalid="true"]'), ...extra('invalidField')]) {
    if (!visible(el)) continue;
    const ids = `${el.getAttribute('aria-describedby') || ''} ${el.getAttribute('aria-errormessage') || ''}`.split(/\s+/).filter(Boolean);
    const msgs = ids.map((id) => document.getElementById(id)).filter((m) => m && visible(m)).map(text).filter(Boolean);
    const label = (el.labels && el.labels[0] && text(el.labels[0])) || el.getAttribute('aria-label') || el.name || el.id;
    invalidFields.push({ name: label, message: msgs.join(' '), selector: pathOf(el) });
    ids.forEach((id) => { const m = document.getElementById(id); if (m) seen.add(m); });
  }

  for (const el of q('[role="alertdialog"], [role="dialog"], dialog[open]')) addMessage(el, 'dialog', el.getAttribute('role') || 'dialog');
  for (const el of [...q('[role="alert"]'), ...extra('alert')]) addMessage(el, 'alert', 'alert');
  for (const el of [...q('[role="status"], output'), ...extra('toast')]) addMessage(el, 'status', 'status');
  for (const el of q('[aria-live]:not([aria-live="off"])')) addMessage(el, 'live', el.getAttribute('aria-live'));

  const busy = [];
  for (const el of q('[aria-busy="true"]')) if (visible(el)) busy.push({ what: 'aria-busy', text: text(el).slice(0, 80), selector: pathOf(el) });
  for (const el of q('[role="progressbar"], progress')) {
    if (!visible(el)) continue;
    const now = Number(el.getAttribute('aria-valuenow') ?? (el.value ?? NaN));
    const max = Number(el.getAttribute('aria-valuemax') ?? (el.max || 100));
    const failed = /fail|error/i.test(`${hint(el)} ${el.getAttribute('aria-valuetext') || ''}`);
    if (!failed && !(now >= max)) busy.push({ what: 'progressbar', text: el.getAttribute('aria-label') || '', selector: pathOf(el) });
  }
  for (const el of [...q('.spinner, .loading, .loader, [data-loading]'), ...extra('busy')]) if (visible(el)) busy.push({ what: 'spinner', text: text(el).slice(0, 80), selector: pathOf(el) });
  for (const el of q('button[disabled], button[aria-disabled="true"]')) if (visible(el) && BUSY_TEXT.test(text(el))) busy.push({ what: 'busy-button', text: text(el), selector: pathOf(el) });

  // Messages without ARIA: visible blocks whose own text reads like a failure, success or empty state.
  const empty = [];
  const blocks = q('main p, main div, main li, main td, main span, main h1, main h2, main h3, main option, body > div p, [data-empty-state]');
  for (const el of [...blocks, ...extra('emptyState')]) {
    if (!visible(el) && el.tagName !== 'OPTION') continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
    if (!own || own.length > 300) continue;
    let covered = false;
    for (const s of seen) if (s.contains(el)) covered = true;
    if (covered) continue;
    if (el.matches('[data-empty-state]') || EMPTY.test(own)) { empty.push({ text: text(el).slice(0, 300), selector: pathOf(el) }); seen.add(el); continue; }
    if (FAILURE.test(own) || SUCCESS.test(own)) addMessage(el, 'text', null);
  }

  const disabledActions = q('button[type="submit"][disabled], form button[disabled], button[aria-disabled="true"]')
    .filter(visible).map((el) => ({ text: text(el), selector: pathOf(el) }));
  return { url: location.href, title: document.title, messages, invalidFields, busy, empty, disabledActions };
}
