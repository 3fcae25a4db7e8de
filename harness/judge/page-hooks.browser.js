// Runs inside the page before its own scripts (an init script) and again on the current document: records
// the control the user last acted on and the page's pending short timers (work it has scheduled), so the
// observer knows what the user touched and whether the page is still about to change something.
// @ts-nocheck: browser-side plain JS, read as source text by page-hooks.ts.
(horizonMs, closeNameSource, dialogSelector, iconFontSource) => {
  // The document changed (a mutation, a scroll, an animation or transition ending, a popover opening): dated, and
  // the observer's pending wait for a change (waitForChange below) answered at once.
  const changed = (state) => {
    state.changedAt = Date.now();
    const waiting = state.waiters.splice(0);
    for (const wake of waiting) wake(state.changedAt);
  };
  // Listeners: document.open() (a page written in place) erases the window's listeners, so a second call
  // re-adds them when a probe event no longer reaches them.
  const listen = (state) => {
    if (state.listening && state.probeAlive()) return;
    let ok = false;
    window.addEventListener('brownout-alive', () => { ok = true; });
    state.probeAlive = () => { ok = false; window.dispatchEvent(new Event('brownout-alive')); return ok; };
    for (const type of ['pointerdown', 'click', 'submit', 'change']) window.addEventListener(type, state.remember, true);
    // What the user sees can change without a DOM mutation: a scroll, an animation or transition ending.
    for (const type of ['scroll', 'animationend', 'transitionend', 'resize']) window.addEventListener(type, () => { changed(state); }, true);
    window.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') state.remember(event); }, true);
    // A popover the page opens (the Popover API's top layer: a toast already in the markup, shown with showPopover)
    // adds no node, so the observers below never see it appear: kept as it opens, as a live region is, and a live
    // one when it or its shadow root holds a live role.
    window.addEventListener('toggle', (event) => {
      const el = event.target;
      if (event.newState !== 'open' || !el || el.nodeType !== 1) return;
      changed(state);
      remember(state, el, el.matches(LIVE) || !!el.querySelector(LIVE) || !!(el.shadowRoot && el.shadowRoot.querySelector(LIVE)));
    }, true);
    state.listening = true;
  };
  // Announcements: every text put into a live region (an announcer that copies a toast's words into a visually
  // hidden aria-live node and empties it half a second later, as Fluent's Toaster does), recorded as it happens
  // so a snapshot taken after the announcer emptied still knows the words were announced. Observed again after
  // document.open() (it replaces the nodes the observer watched).
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"], [role="log"]';
  // An icon font's ligature (<i class="material-icons">warning</i>: Material Icons and Symbols, as Quasar draws its
  // icons) shows its text as a glyph: the glyph's name is not a word of the message (dom-snapshot.browser.js's rule),
  // so the words kept of a region leave it out. The font families are tone-lexicon.yaml's iconFontWords.
  const ICON_FONT = new RegExp(iconFontSource, 'i');
  const ligatureIcon = (el) => !el.firstElementChild && /^[a-z][a-z0-9_]{2,}$/.test((el.textContent || '').trim())
    && ICON_FONT.test((getComputedStyle(el).fontFamily || '').split(',')[0]);
  const readText = (region, rendered) => {
    const icons = [...region.querySelectorAll('*')].filter(ligatureIcon);
    if (!icons.length) return rendered ? (region.innerText || region.textContent || '') : (region.textContent || '');
    let out = '';
    const walk = (n) => {
      if (n.nodeType === 3) { out += n.textContent; return; }
      if (n.nodeType !== 1 || /^(STYLE|SCRIPT|TEMPLATE)$/.test(n.tagName) || icons.includes(n)) return;
      const display = getComputedStyle(n).display;
      if (rendered && (display === 'none' || (n.checkVisibility && !n.checkVisibility({ visibilityProperty: true })))) return;
      const block = !/^(inline|contents)/.test(display);
      if (block) out += ' ';
      for (const k of n.childNodes) walk(k);
      if (block) out += ' ';
    };
    walk(region);
    return out;
  };
  const watchLive = (state) => {
    state.liveObserver.disconnect();
    state.liveObserver.observe(document, { subtree: true, childList: true, characterData: true });
    state.changeObserver.disconnect();
    state.changeObserver.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  // Painted live regions as they appear: a toast the product adds whole (its own role=status, its words in it)
  // and removes after a second can be gone before the observer's first look when the test process is slow to
  // look (under load the first snapshot can come seconds after the page's action). Its words, its geometry and
  // whether it floats are kept from the moment it appeared, for the snapshot to report it once it is gone.
  const floats = (el) => {
    const main = document.querySelector('main, [role="main"]');
    // Sticky floats only against the viewport or a viewport-sized scrolling region: inside a smaller box that scrolls
    // its own content (a data grid's rows) it moves with that box (dom-snapshot.browser.js, isFixed).
    const stuckToViewport = (s) => {
      for (let e = s.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/^(visible|clip)$/.test(style.overflowY) && /^(visible|clip)$/.test(style.overflowX)) continue;
        const r = e.getBoundingClientRect();
        return r.height >= innerHeight * 0.75 && r.width >= innerWidth * 0.5;
      }
      return true;
    };
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const position = getComputedStyle(e).position;
      if (position === 'fixed' || (position === 'sticky' && stuckToViewport(e))) return true;
      // An absolutely positioned layer outside the page's main region (a toaster appended to <body>).
      if (position === 'absolute' && main && !main.contains(e) && !e.contains(main)) return true;
    }
    return false;
  };
  const paintedNow = (el) => {
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 2 && r.height > 2 && style.clip !== 'rect(0px, 0px, 0px, 0px)' && !/inset\(\s*(50|100)%/.test(style.clipPath || '');
  };
  // A close control (an icon-only button, or one named as closing: tone-lexicon.yaml closeNames, the snapshot's
  // rule) in a box: a toast the user can dismiss.
  const closeName = new RegExp(closeNameSource, 'iu');
  const closable = (box) => [...box.querySelectorAll('button, [role="button"]')].some((b) => {
    const names = [b.innerText || b.textContent, b.getAttribute('aria-label'), b.getAttribute('title')].map((n) => (n || '').trim()).filter(Boolean);
    return names.every((n) => !/\p{L}/u.test(n)) || names.some((n) => closeName.test(n));
  });
  // A floating layer drawn with no size of its own (a zero-height toast container that its toast overflows, added with
  // its first toast) is remembered by the outermost painted box inside it holding all its words.
  // A layer holding a dialog (a modal's portal: its backdrop painted, the layer not) is not a toast's layer: it is left
  // as it is, and the dialog is judged where it is shown.
  const paintedBox = (box) => {
    if (paintedNow(box) || box.querySelector(dialogSelector)) return box;
    const words = (box.textContent || '').replace(/\s+/g, '');
    return [...box.querySelectorAll('*')].find((d) => paintedNow(d) && (d.textContent || '').replace(/\s+/g, '') === words) || box;
  };
  const remember = (state, region, live = true) => {
    if (!region.isConnected) return;
    const text = readText(region, true).replace(/\s+/g, ' ').trim();
    const words = text.replace(/\s/g, '').slice(0, 400);
    if (words.length < 12 || state.shown.some((s) => s.el === region && s.words === words) || !paintedNow(region)) return;
    const r = region.getBoundingClientRect();
    // Before the page's main heading (a flash notification above it, not a form's alert below it).
    const heading = document.querySelector('main h1, [role="main"] h1');
    const beforeHeading = !!heading && !region.contains(heading) && !!(region.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
    state.shown = [...state.shown.slice(-49), {
      el: region, text: text.slice(0, 600), words, role: region.getAttribute('role') || region.getAttribute('aria-live'),
      at: Date.now(), departedAt: null, reported: false, floating: floats(region), inForm: !!region.closest('form, [role="form"]'), live, dismissible: closable(region), beforeHeading,
      inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      box: { x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), width: Math.round(r.width), height: Math.round(r.height) },
    }];
  };
  const recordLive = (state, records) => {
    const regions = new Set();
    const added = new Set();
    // Boxes added to the page that float over it without being a live region (a CSS-only toast: a notification
    // the product pins to a corner of the viewport and removes after a while): kept as they appear too.
    const floating = new Set();
    for (const r of records) {
      const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const region = node && node.closest(LIVE);
      if (region) regions.add(region);
      for (const n of r.addedNodes || []) {
        if (n.nodeType !== 1) continue;
        if (n.matches(LIVE)) added.add(n);
        for (const inner of n.querySelectorAll(LIVE)) added.add(inner);
        if (!n.matches(LIVE) && !n.closest(LIVE) && !n.querySelector(LIVE) && floats(n)) floating.add(n);
      }
    }
    // A live region inserted already holding its words (a toast list rendered with its first toast in it) carries
    // them as one whose content changed does.
    for (const region of [...regions, ...added]) {
      const words = readText(region, false).replace(/\s+/g, '').slice(0, 2000);
      if (words.length >= 12 && !state.announced.includes(words)) state.announced = [...state.announced.slice(-49), words];
    }
    for (const region of [...added, ...regions]) remember(state, region);
    for (const box of floating) remember(state, paintedBox(box), false);
    const now = Date.now();
    for (const s of state.shown) if (!s.departedAt && !s.el.isConnected) s.departedAt = now;
  };
  if (window.__brownout) { listen(window.__brownout); watchLive(window.__brownout); return; }
  // timers, frames, tasks: work the page has queued, by id (due or queued time); animations: each finite
  // animation's first look by the snapshot (its stall check); announced and shown: what live regions carried.
  // changedAt: when the document last changed in any way (ms epoch), so the observer dates a change it sees at its
  // next look from when it happened, not from the look (the quiet period then ends as early as the page allows).
  const state = { action: null, actionAt: 0, timers: new Map(), frames: new Map(), tasks: new Map(), animations: new WeakMap(), listening: false, probeAlive: () => false, remember: null, announced: [], shown: [], liveObserver: null, changeObserver: null, changedAt: 0, waiters: [] };
  state.liveObserver = new MutationObserver((records) => recordLive(state, records));
  state.changeObserver = new MutationObserver(() => { changed(state); });
  watchLive(state);
  Object.defineProperty(window, '__brownout', { value: state, enumerable: false });
  state.remember = (event) => {
    // A submit targets the form; the control the user acted on is its submitter (the button they pressed).
    const target = event.type === 'submit' && event.submitter ? event.submitter : event.target && event.target.nodeType === 1 ? event.target : null;
    if (!target) return;
    state.action = target.closest('button, a[href], input, select, textarea, [role="button"], [role="combobox"], [role="option"], [role="menuitem"], label, form') || target;
    state.actionAt = Date.now();
  };
  listen(state);
  // Only one-shot timers due within the horizon count: a toast's 5 s auto-dismiss or a poll every 30 s is
  // not the page being about to answer; a 1.5 s "then show the result" is.
  const set = window.setTimeout;
  const clear = window.clearTimeout;
  // The observer's long look while the page is busy (a spinner held by a hung call): one round trip that returns
  // when the document changes after `after` (ms epoch) or after maxMs, instead of a snapshot every poll. Timed
  // with the page's own setTimeout from before the hooks, so the wait is never counted as the page's pending work.
  state.waitForChange = (after, maxMs) => new Promise((resolve) => {
    if (state.changedAt > after) return resolve(state.changedAt);
    const wake = (at) => { clear.call(window, timer); resolve(at); };
    const timer = set.call(window, () => { const i = state.waiters.indexOf(wake); if (i >= 0) state.waiters.splice(i, 1); resolve(state.changedAt); }, Math.max(0, Math.min(Number(maxMs) || 0, 5000)));
    state.waiters.push(wake);
  });
  // A zero-delay timer is work the page has queued for its next task (a deferred render): pending too.
  window.setTimeout = function setTimeoutWatched(fn, delay, ...args) {
    const ms = Number(delay) || 0;
    let id;
    const run = typeof fn === 'function' ? function () { state.timers.delete(id); return fn.apply(this, arguments); } : fn;
    id = set.call(this, run, delay, ...args);
    if (ms >= 0 && ms <= horizonMs && typeof fn === 'function') state.timers.set(id, Date.now() + ms);
    return id;
  };
  window.clearTimeout = function clearTimeoutWatched(id) {
    state.timers.delete(id);
    return clear.call(this, id);
  };
  // Messages posted on a MessageChannel are queued tasks: React's scheduler runs every render and effect that way
  // (a toast queued from an effect after the spinner went). Under load the page can take hundreds of ms to run
  // them, longer than the quiet period, so each posted message counts as pending until its port receives it.
  // A port nobody listens on never receives it; the timer horizon bounds that as it bounds re-arming timers.
  const Channel = window.MessageChannel;
  if (Channel) {
    let posted = 0;
    window.MessageChannel = function MessageChannelWatched() {
      const channel = new Channel();
      for (const [from, to] of [[channel.port1, channel.port2], [channel.port2, channel.port1]]) {
        const queued = [];
        const post = from.postMessage;
        from.postMessage = function postMessageWatched(...args) {
          const id = `message-${++posted}`;
          state.tasks.set(id, Date.now());
          queued.push(id);
          return post.apply(this, args);
        };
        // Registered before the page's own handler, so it runs first, in the same task as the page's work.
        to.addEventListener('message', () => { state.tasks.delete(queued.shift()); });
      }
      return channel;
    };
    window.MessageChannel.prototype = Channel.prototype;
  }
  // A view transition's update is queued work too: the page changes only once its update callback has run (React
  // Spectrum's ToastQueue adds each toast through document.startViewTransition, a frame or more later under load).
  const startTransition = document.startViewTransition;
  if (typeof startTransition === 'function') {
    let started = 0;
    document.startViewTransition = function startViewTransitionWatched(...args) {
      const transition = startTransition.apply(this, args);
      const id = `transition-${++started}`;
      const done = () => { state.tasks.delete(id); };
      state.tasks.set(id, Date.now());
      if (transition && transition.updateCallbackDone) transition.updateCallbackDone.then(done, done);
      else done();
      return transition;
    };
  }
  // One-off animation frames count as pending work too: a component that shows its toast in the next frame
  // (Shoelace's alert.toast()) has not changed the page yet, and under load that frame can come a second later.
  // A frame requested from inside a frame callback is an animation loop re-arming itself, not about-to-happen work.
  const raf = window.requestAnimationFrame;
  const caf = window.cancelAnimationFrame;
  let inFrame = false;
  if (raf && caf) {
    window.requestAnimationFrame = function requestAnimationFrameWatched(fn) {
      const oneOff = !inFrame && typeof fn === 'function';
      let id;
      id = raf.call(this, function (time) {
        state.frames.delete(id);
        inFrame = true;
        try { return fn.call(this, time); } finally { inFrame = false; }
      });
      if (oneOff) state.frames.set(id, Date.now());
      return id;
    };
    window.cancelAnimationFrame = function cancelAnimationFrameWatched(id) {
      state.frames.delete(id);
      return caf.call(this, id);
    };
  }
}
