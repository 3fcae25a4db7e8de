// Runs inside the page (passed to page.evaluate as source text, so no bundler helpers leak in).
// Reads what a user is shown right now: messages, invalid fields, busy indicators, empty states, dialogs.
// `lexicon` is tone-lexicon.yaml compiled (regex sources, variant and icon tokens); `selectors` the config's.
// @ts-nocheck: browser-side plain JS; its output shape is `DomSnapshot` in dom-snapshot.ts.
(selectors, lexicon) => {
  const words = (name) => new RegExp(lexicon.words[name], 'i');
  const straight = (s) => s.replace(/[\u2018\u2019\u02BC]/g, "'");
  const [FAILURE, SUCCESS, WARNING, EMPTY, UNAVAILABLE, BUSY_TEXT, ACTION] = ['failure', 'success', 'warning', 'empty', 'unavailable', 'busy', 'action'].map(words);
  const says = (re, t) => re.test(straight(t));

  // The page as the user sees it is the composed (flat) tree: web components (Shoelace, Lit, Stencil) render their
  // roles, titles and help text inside open shadow roots, and show the page's own elements through slots. The
  // helpers below query, walk up and read text across those boundaries; on a page without shadow roots they do
  // what the plain DOM calls do.
  const shadowRoots = [];
  const collectRoots = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { shadowRoots.push(el.shadowRoot); collectRoots(el.shadowRoot); } };
  collectRoots(document);
  // Up the flat tree: a slotted element's parent is its slot; a shadow root's top element's parent is its host.
  const parentOf = (el) => el.assignedSlot || el.parentElement || (el.parentNode && el.parentNode.host) || null;
  // Up the DOM, out of a shadow root through its host (for selectors a person can read).
  const hostParentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
  const within = (outer, el) => {
    if (!shadowRoots.length) return outer.contains(el);
    for (let e = el; e; e = parentOf(e)) if (e === outer) return true;
    return false;
  };
  const rect = (el) => el.getBoundingClientRect();
  const boxOf = (el) => { const r = rect(el); return { x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), width: Math.round(r.width), height: Math.round(r.height) }; };
  const boxed = (el) => { const r = rect(el); return r.width > 0 && r.height > 0; };
  // Painted: a sighted user can see it. Screen-reader-only text (1 px, clipped) is announced but not painted.
  // Fading in: a finite animation runs on it or an ancestor (an antd notification's first frames at opacity 0).
  const appearing = (el) => {
    for (let e = el, depth = 0; e && e !== document.body && depth < 8; e = parentOf(e), depth += 1) {
      if (e.getAnimations && e.getAnimations().some((a) => a.playState === 'running' && a.effect && Number.isFinite(a.effect.getComputedTiming().endTime))) return true;
    }
    return false;
  };
  const painted = (el) => {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !(el.checkVisibility({ visibilityProperty: true }) && appearing(el))) return false;
    const r = rect(el);
    if (r.width <= 2 || r.height <= 2) return false;
    const clip = getComputedStyle(el).clipPath || '';
    return !/inset\(\s*(50|100)%/.test(clip) && getComputedStyle(el).clip !== 'rect(0px, 0px, 0px, 0px)';
  };
  const rendered = (el) => !!el && el.isConnected && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true })) && boxed(el);
  // Icons drawn by an icon font's ligatures (Material Icons and Material Symbols, as Quasar, Vuetify's md set and Angular
  // Material render them: <i class="material-icons">warning</i>): the element's text is the glyph's name, which a
  // sighted user sees as a picture and a screen reader skips, not a word of the message (an error toast whose glyph is
  // named "warning" is not a warning by its words). Known by a computed font family that names an icon font.
  const ICON_FONT = new RegExp(lexicon.iconFont, 'i'); // tone-lexicon.yaml iconFontWords
  const ligatureIcons = new Set();
  for (const root of [document, ...shadowRoots]) {
    for (const el of root.querySelectorAll('*')) {
      if (el.firstElementChild || !/^[a-z][a-z0-9_]{2,}$/.test((el.textContent || '').trim())) continue;
      if (ICON_FONT.test((getComputedStyle(el).fontFamily || '').split(',')[0])) ligatureIcons.add(el);
    }
  }
  const holdsLigatureIcon = (el) => ligatureIcons.size > 0 && [...ligatureIcons].some((i) => i !== el && within(el, i));
  // Text as rendered in the flat tree: a slot shows its assigned nodes (else its fallback), a host its shadow root;
  // an icon font's ligature is left out.
  const flatText = (el) => {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === 3) { out += n.textContent; return; }
      if (n.nodeType !== 1 && n.nodeType !== 11) return;
      let block = false;
      if (n.nodeType === 1) {
        if (/^(STYLE|SCRIPT|TEMPLATE)$/.test(n.tagName) || (n !== el && ligatureIcons.has(n))) return;
        const display = getComputedStyle(n).display;
        if (display === 'none' || (display !== 'contents' && n.checkVisibility && !n.checkVisibility({ visibilityProperty: true }))) return;
        block = !/^(inline|contents)/.test(display);
      }
      if (block) out += ' ';
      const assigned = n.nodeType === 1 && n.tagName === 'SLOT' ? n.assignedNodes({ flatten: true }) : [];
      const kids = assigned.length ? assigned : n.nodeType === 1 && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
      for (const k of kids) walk(k);
      if (block) out += ' ';
    };
    walk(el);
    return out;
  };
  const crossesShadow = (el) => !!el.shadowRoot || el.getRootNode() !== document || shadowRoots.some((r) => el.contains(r.host));
  const text = (el) => (((shadowRoots.length && crossesShadow(el)) || holdsLigatureIcon(el) ? flatText(el) : el.innerText) || el.textContent || '').replace(/\s+/g, ' ').trim();
  const inViewport = (el) => { const r = rect(el); return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; };
  const pathOf = (el) => {
    if (el.id) return `#${CSS.escape(el.id)}`;
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = hostParentOf(e)) {
      if (e.id) { parts.unshift(`#${CSS.escape(e.id)}`); break; }
      parts.unshift(e.tagName.toLowerCase() + [...e.classList].slice(0, 2).map((c) => `.${CSS.escape(c)}`).join(''));
    }
    return parts.join(' > ');
  };
  // Sticky holds an element in view only against its nearest scroll container: one stuck inside a box of the page
  // that scrolls its own content (a data grid's header and body rows, sticky inside the grid's scroller) moves with
  // that box and does not float over the page. It floats when that container is the viewport, or a region about the
  // viewport's size (an app shell's scrolling content area).
  const clipsOverflow = (e) => { const s = getComputedStyle(e); return !/^(visible|clip)$/.test(s.overflowY) || !/^(visible|clip)$/.test(s.overflowX); };
  const stuckToViewport = (el) => {
    for (let e = parentOf(el); e && e !== document.body && e !== document.documentElement; e = parentOf(e)) {
      if (e.nodeType !== 1 || !clipsOverflow(e)) continue;
      const r = rect(e);
      return r.height >= innerHeight * 0.75 && r.width >= innerWidth * 0.5;
    }
    return true;
  };
  const isFixed = (el) => {
    for (let e = el; e && e !== document.body; e = parentOf(e)) {
      const position = getComputedStyle(e).position;
      if (position === 'fixed' || (position === 'sticky' && stuckToViewport(e))) return true;
    }
    return false;
  };
  const qPlain = (sel, root) => { try { return [...root.querySelectorAll(sel)]; } catch { return []; } };
  // Matches in the document and in every open shadow root; under an element, those it holds in the flat tree.
  const q = (sel, root = document) => {
    if (!shadowRoots.length) return qPlain(sel, root);
    const all = [...qPlain(sel, document), ...shadowRoots.flatMap((r) => qPlain(sel, r))];
    return root === document ? all : all.filter((el) => el !== root && within(root, el));
  };
  const extra = (name) => (selectors && selectors[name] ? q(selectors[name]) : []);
  const matches = (el, sel) => { try { return el.matches(sel); } catch { return false; } };
  const closest = (el, sel) => {
    if (!shadowRoots.length) { try { return el.closest(sel); } catch { return null; } }
    for (let e = el; e; e = parentOf(e)) if (e.nodeType === 1 && matches(e, sel)) return e;
    return null;
  };

  // Tone from the component's semantics: variant tokens in class names / data attributes, icon names.
  const tokensOf = (s) => String(s || '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const VARIANT_ATTRS = ['data-status', 'data-tone', 'data-variant', 'data-severity', 'data-type', 'data-intent', 'data-kind'];
  // A transition's state class (p-dialog-enter-done, v-leave-to) says where an animation is, not the tone.
  const classTokens = (el) => String((typeof el.className === 'string' ? el.className : el.getAttribute('class')) || '').split(/\s+/)
    .map(tokensOf).filter((parts) => !parts.some((p) => lexicon.transitionTokens.includes(p))).flat();
  const variantTokens = (el) => [...classTokens(el), ...VARIANT_ATTRS.flatMap((a) => tokensOf(el.getAttribute(a)))];
  const TONES = ['error', 'warning', 'success', 'info'];
  const toneInTokens = (tokens, table) => TONES.find((tone) => table[tone].some((w) => tokens.includes(w))) || null;
  const iconName = (el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt'), el.getAttribute('data-testid'), el.getAttribute('data-icon'), el.querySelector && el.querySelector('title') && el.querySelector('title').textContent, typeof el.className === 'string' ? el.className : el.getAttribute('class')].filter(Boolean).join(' ');
  const iconTone = (el) => {
    for (const icon of q('svg, img, [role="img"], i, .anticon, [data-testid$="Icon"], [class*="icon"], [class*="Icon"]', el).slice(0, 12)) {
      const name = tokensOf(iconName(icon)).join('-');
      const tone = TONES.find((t) => lexicon.icons[t].some((w) => new RegExp(`(^|-)${w}(-|$)`).test(name)));
      if (tone) return tone;
    }
    return null;
  };
  // The tone an element paints: a red hue (error) or an amber one (warning) in its background or border.
  const paintedTone = (el) => {
    const s = getComputedStyle(el);
    for (const colour of [s.backgroundColor, s.borderLeftColor, s.borderTopColor]) {
      const m = /rgba?\(([^)]+)\)/.exec(colour || '');
      if (!m) continue;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      const max = Math.max(r, g, b);
      const span = max - Math.min(r, g, b);
      if (a === 0 || span <= 24) continue;
      const hue = (max === r ? 60 * (((g - b) / span) % 6) : max === g ? 60 * ((b - r) / span + 2) : 60 * ((r - g) / span + 4)) + 360;
      const h = hue % 360;
      if (h < 15 || h >= 340) return 'error';
      if (h >= 25 && h < 65) return 'warning';
    }
    return null;
  };
  // A variant token whose tone differs between design systems (tone-lexicon.yaml paintedVariants), alone on the
  // element, takes the tone of the colour the element paints.
  const variantTone = (e) => {
    const tokens = variantTokens(e);
    const tone = toneInTokens(tokens, lexicon.variants);
    if (!tone || !tokens.some((t) => lexicon.paintedVariants.includes(t))) return tone;
    return toneInTokens(tokens.filter((t) => !lexicon.paintedVariants.includes(t)), lexicon.variants) || paintedTone(e) || tone;
  };
  const semanticTone = (el) => {
    for (let e = el, depth = 0; e && e !== document.body && depth < 4; e = parentOf(e), depth += 1) {
      const tone = variantTone(e);
      if (tone) return { tone, how: `variant "${tone}" on ${depth ? 'its container' : 'the message'}` };
    }
    // A control's variant inside the message is its action's colour (a dialog's "ok"/"positive" approve button, a
    // "btn-success" OK, a "negative" delete), not the message's tone: controls and what they hold are passed over, a
    // button known by its role, its tag or its design system's class part ("button", "btn"), as div buttons are.
    const inside = q('*', el).slice(0, 30);
    const controls = inside.filter((d) => matches(d, 'button, a[href], [role="button"], [role="link"], input, select, textarea') || classTokens(d).some((t) => t === 'button' || t === 'btn'));
    for (const d of inside) {
      if (controls.some((c) => c === d || within(c, d))) continue;
      const tone = variantTone(d);
      if (tone) return { tone, how: `variant "${tone}" inside the message` };
    }
    const icon = iconTone(el);
    return icon ? { tone: icon, how: `an icon named ${icon}` } : null;
  };
  const toneOf = (el, role, t) => {
    const semantic = semanticTone(el);
    if (semantic && semantic.tone !== 'info') return semantic;
    if (says(WARNING, t)) return { tone: 'warning', how: 'warning words' };
    if (says(FAILURE, t)) return { tone: 'error', how: 'failure words' };
    if (says(SUCCESS, t)) return { tone: 'success', how: 'success words' };
    if (semantic) return semantic;
    return role === 'alert' || role === 'alertdialog' ? { tone: 'error', how: 'role alert' } : { tone: 'info', how: 'no tone signal' };
  };

  const main = document.querySelector('main, [role="main"]') || document.body;
  // `tags` inside the main region, whether it is a <main> or another element with role=main (Ionic's ion-content):
  // an app mounted straight under <body> in a non-div root (ion-app, Angular's app-root) has its page only there.
  const inMain = (tags) => tags.split(',').map((t) => t.trim()).flatMap((t) => [`main ${t}`, `[role="main"] ${t}`]).join(', ');
  // An overlay layer: a painted message in an absolutely positioned container outside the page's main region
  // and not holding it (a toaster appended to <body>, as Blueprint's OverlayToaster.create renders its toasts),
  // floats over the page like a fixed one.
  const inOverlayLayer = (el) => {
    if (main === document.body || within(main, el) || within(el, main) || !painted(el)) return false;
    for (let e = el; e && e !== document.body; e = parentOf(e)) if (getComputedStyle(e).position === 'absolute' && !within(e, main)) return true;
    return false;
  };
  const SECTION = 'section, [role="region"], [role="group"], .panel, .card, aside, fieldset, .MuiCard-root, .MuiPaper-root, .ant-card, .Polaris-Card, .Polaris-LegacyCard, .govuk-summary-card, .chakra-card__root, .cds--tile, [class*="card"], [class*="Card"]';
  const LANDMARK = 'main, [role="main"], nav, aside, header, footer, [role="region"], section, form, [role="form"], fieldset, dialog, [role="dialog"], [role="alertdialog"]';
  const EMPTY_STATE = ['[data-empty-state]', '.empty-state', ...lexicon.emptyStateSelectors, ...(selectors && selectors.emptyState ? [selectors.emptyState] : [])].join(', ');
  const FIELD = 'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [role="combobox"], [role="listbox"], [role="textbox"]';
  // From the parent: a design-system alert is often itself a Paper/Card (MUI Alert is a MuiPaper).
  const formOf = (el) => (parentOf(el) ? closest(parentOf(el), `form, [role="form"], fieldset, ${SECTION}`) : null);
  // A panel drawn as a card without a card's class or role (Grommet's Card is a styled Box with hashed class names,
  // Evergreen's Card and Pane are utility classes): panel-sized, set apart by a shadow or a border on every side, in
  // neutral colours (a box with a tinted border or background is an alert, not a card).
  const neutral = (colour) => {
    const m = /rgba?\(([^)]+)\)/.exec(colour || '');
    if (!m) return true;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return a === 0 || Math.max(r, g, b) - Math.min(r, g, b) <= 24;
  };
  const drawnCard = (el) => {
    if (el === main || within(el, main) || matches(el, `${FIELD}, button, a[href], [role="button"], table, tr, td, th`)) return false;
    const r = rect(el);
    if (r.width < 160 || r.height < 60) return false;
    const s = getComputedStyle(el);
    const framed = ['Top', 'Right', 'Bottom', 'Left'].every((d) => parseFloat(s[`border${d}Width`]) > 0 && s[`border${d}Style`] !== 'none' && !/^rgba\(.*,\s*0\)$/.test(s[`border${d}Color`]));
    if (s.boxShadow === 'none' && !framed) return false;
    return neutral(s.backgroundColor) && (!framed || neutral(s.borderTopColor));
  };
  // The card a message sits in: a section/card by markup, else the nearest ancestor inside main drawn as one.
  const cardOf = (el) => {
    const card = parentOf(el) && closest(parentOf(el), SECTION);
    if (card) return card;
    for (let e = parentOf(el); e && e !== main && within(main, e); e = parentOf(e)) if (drawnCard(e)) return e;
    return null;
  };
  const firstField = (scope) => (scope && q(FIELD, scope)[0]) || null;
  // A row as the user sees it, without table markup (Evergreen's Table is divs of utility classes): an ancestor
  // laying out two or more children side by side, stacked in line with a sibling of the same shape (as many
  // children, also side by side). Never in a form (a form's label-and-field rows are not a history).
  const sideBySide = (el) => {
    const kids = [...el.children].filter(boxed);
    if (kids.length < 2) return false;
    for (let i = 1; i < kids.length; i += 1) {
      const a = rect(kids[i - 1]);
      const b = rect(kids[i]);
      if (b.left < a.right - 1 || b.top >= a.bottom || a.top >= b.bottom) return false;
    }
    return true;
  };
  const visualRow = (el) => {
    if (closest(el, 'form, [role="form"], fieldset, dialog, [role="dialog"], [role="alertdialog"]')) return null;
    for (let a = el.parentElement, depth = 0; a && a !== main && a !== document.body && depth < 6; a = a.parentElement, depth += 1) {
      if (!a.parentElement || a.querySelector(FIELD) || !sideBySide(a)) continue;
      const r = rect(a);
      const kin = [...a.parentElement.children].filter((o) => o !== a && o.tagName === a.tagName && o.children.length === a.children.length && sideBySide(o));
      if (kin.some((o) => { const b = rect(o); return (b.top >= r.bottom - 1 || r.top >= b.bottom - 1) && Math.abs(b.left - r.left) < 2 && Math.abs(b.width - r.width) < 2; })) return a;
    }
    return null;
  };
  // A table's placeholder row: the only row of its body, one cell spanning every column (a colspan of two or more,
  // as wide as the table), where a data table says it has nothing to show (Ant Design's, Arco's and PrimeReact's
  // tables render their empty state there). It is not a row of data: what it says is shown instead of the rows.
  const placeholderRow = (row) => {
    if (!row || row.tagName !== 'TR' || row.cells.length !== 1 || row.cells[0].colSpan < 2) return false;
    const table = row.closest('table');
    const rows = row.parentElement ? [...row.parentElement.children].filter((r) => r.tagName === 'TR' && rendered(r)) : [];
    return !!table && rows.length === 1 && rows[0] === row && rect(row.cells[0]).width >= rect(table).width * 0.9;
  };
  const placeholderOf = (el) => { const tr = closest(el, 'tr'); return tr && placeholderRow(tr) ? tr : null; };
  const rowOf = (el) => {
    const row = closest(el, 'tr, li, [role="row"], [role="listitem"]');
    if (row) return placeholderRow(row) ? null : row;
    return visualRow(el);
  };
  // Whether the page around `box` still shows working content (for half- vs full-page empty states).
  const restHasContent = (box) => {
    let outside = 0;
    for (const el of [...q(`${SECTION}, table, ul, ol, form`, main), ...q('div, section, article, li', main).filter(drawnCard)]) {
      if (within(box, el) || within(el, box) || !rendered(el)) continue;
      outside += text(el).length;
    }
    return outside > 40;
  };
  const settingsPage = /\bsettings\b/i.test(`${location.pathname} ${document.title} ${text(document.querySelector('h1') || document.body).slice(0, 80)}`);

  // The fields whose data failed and the control the user acted on: what a contextual message sits beside.
  const action = window.__brownout && window.__brownout.action && window.__brownout.action.isConnected ? window.__brownout.action : null;
  // Invalid fields: aria-invalid, the config's selector, or a field its design system styles in the error
  // variant (GOV.UK govuk-input--error, Bootstrap is-invalid, MUI Mui-error on the input's wrapper).
  const errorStyled = (e) => toneInTokens(variantTokens(e), { error: lexicon.variants.error, warning: [], success: [], info: [] }) === 'error';
  // A wrapper that is only this field's: it holds no other field and no heading (a red "danger zone" section around
  // a lone confirmation input is not the input's error styling).
  const fieldsOnly = (e, f) => !q(FIELD, e).some((o) => o !== f && !within(o, f) && !within(f, o)) && !q('h1, h2, h3, h4, h5, h6, [role="heading"]', e).length;
  // IDs resolve in the field's own tree (a component's help text lives in its shadow root beside its input).
  const byId = (el, id) => { const root = el.getRootNode(); return (root.getElementById ? root.getElementById(id) : null) || document.getElementById(id); };
  const describedBy = (el) => `${el.getAttribute('aria-describedby') || ''} ${el.getAttribute('aria-errormessage') || ''}`.split(/\s+/).filter(Boolean).map((id) => byId(el, id)).filter(Boolean);
  // The field's form group: the wrappers from the field up to the smallest one that also holds its label (Element
  // Plus's el-form-item, GOV.UK's govuk-form-group, Semantic UI's .field) and the texts that describe it
  // (aria-describedby/aria-errormessage: a Material text field's label sits inside the field's box beside the input,
  // its error variant on that box and its message below the box, in the wrapper holding both), each only this
  // field's; up to the label's wrapper alone when no wrapper of only this field also holds its descriptions (an alert
  // elsewhere on the page); none when the field has no label or a wrapper on the way to its label holds other fields
  // or a heading.
  // A field's label: the one tied to it (`for`, or wrapping it), else a label shown beside it without a `for` (a
  // design system's form item that draws its <label> untied from the input, as Naive UI's NFormItem does): a
  // <label> tied to no control and holding none, inside the smallest wrapper that holds only this field.
  // Asked for every field (error styling) and again for invalid ones: walked once per field and snapshot.
  const labels = new Map();
  const labelOf = (f) => {
    if (!labels.has(f)) labels.set(f, findLabel(f));
    return labels.get(f);
  };
  const findLabel = (f) => {
    if (f.labels && f.labels[0]) return f.labels[0];
    for (let e = parentOf(f), depth = 0; e && e !== main && e !== document.body && depth < 8 && fieldsOnly(e, f); e = parentOf(e), depth += 1) {
      const loose = q('label', e).find((l) => !l.htmlFor && !q(FIELD, l).length && rendered(l));
      if (loose) return loose;
      if (matches(e, 'form, [role="form"], fieldset')) return null;
    }
    return null;
  };
  const groupOf = (f) => {
    const label = labelOf(f);
    if (!label) return [];
    const notes = describedBy(f);
    const chain = [];
    let labelled = 0;
    for (let e = parentOf(f); e && e !== main && e !== document.body && fieldsOnly(e, f); e = parentOf(e)) {
      chain.push(e);
      if (!labelled && within(e, label)) labelled = chain.length;
      if (labelled && notes.every((n) => within(e, n))) return chain;
      if (matches(e, 'form, [role="form"], fieldset')) break;
    }
    return chain.slice(0, labelled);
  };
  // Styled in the error variant: the field or its own wrapper (MUI's Mui-error on the input's wrapper), or the form
  // group it sits in (Element Plus's el-form-item is-error, GOV.UK's govuk-form-group--error), with no aria-invalid.
  const styledInvalid = q(FIELD).filter((f) => errorStyled(f) || (f.parentElement && fieldsOnly(f.parentElement, f) && errorStyled(f.parentElement)) || groupOf(f).some(errorStyled));
  // A field the product marked invalid through the constraint validation API (setCustomValidity with a message,
  // as Shoelace's form controls are marked), not one merely required and still empty.
  const customInvalid = q(FIELD).filter((f) => f.validity && f.validity.customError);
  const invalidEls = [...new Set([...q('[aria-invalid="true"]'), ...extra('invalidField'), ...styledInvalid, ...customInvalid])].filter(rendered);
  const labelledTargets = new Map();
  for (const f of invalidEls) for (const m of describedBy(f)) labelledTargets.set(m, f);
  // An error summary's link to a field ("#payee") ties the summary to that field, as aria-describedby does.
  const linkedField = (el) => {
    for (const a of q('a[href^="#"]', el)) {
      const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      if (target && invalidEls.includes(target)) return target;
    }
    return null;
  };
  const anchors = [...invalidEls, ...(action && !matches(action, 'form') ? [action] : [])];
  // Without an invalid field or an action, the form the user works in: its first field.
  const formStarts = q('form, [role="form"]').map((f) => firstField(f)).filter((f) => f && rendered(f));
  const landmarkOf = (el) => closest(parentOf(el) || el, LANDMARK);
  // Near: the message sits just above (or beside) the anchor, overlapping it horizontally, within the same
  // landmark/card as the user sees it: geometry, not the DOM's form ancestry.
  const nearAnchor = (el) => {
    const r = rect(el);
    let best = null;
    for (const a of anchors) {
      if (!rendered(a) || within(el, a)) continue;
      const b = rect(a);
      const gap = b.top >= r.bottom ? b.top - r.bottom : r.top >= b.bottom ? r.top - b.bottom : 0;
      const overlap = Math.min(r.right, b.right) - Math.max(r.left, b.left);
      const sameRegion = (() => { const la = landmarkOf(a); const lm = landmarkOf(el); return !la || !lm || la === lm || within(la, lm) || within(lm, la); })();
      if (gap > 240 || overlap < Math.min(40, b.width / 2) || !sameRegion) continue;
      const above = r.top <= b.top;
      if (!best || gap < best.gap) best = { gap: Math.round(gap), above, what: a === action ? 'the control the user acted on' : 'an invalid field', selector: pathOf(a) };
    }
    if (best) return best;
    // Just above a form (within a heading's height or two), as its first thing the user reads.
    for (const f of formStarts) {
      const b = rect(f);
      const gap = b.top - r.bottom;
      if (gap >= 0 && gap <= 160 && Math.min(r.right, b.right) - Math.max(r.left, b.left) >= Math.min(40, b.width / 2)) {
        return { gap: Math.round(gap), above: true, what: 'the form below it', selector: pathOf(f) };
      }
    }
    return null;
  };

  // Whether `b` comes after `a` in document order, comparing across shadow roots through their outermost hosts.
  const outermost = (n) => { for (let r = n.getRootNode(); r !== document && r.host; r = n.getRootNode()) n = r.host; return n; };
  const follows = (a, b) => {
    const [x, y] = a.getRootNode() === b.getRootNode() ? [a, b] : [outermost(a), outermost(b)];
    if (x === y) return rect(b).top >= rect(a).top;
    return !!(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
  };
  const seen = new Set();
  const covered = (el) => { for (const s of seen) if (within(s, el)) return true; return false; };
  const messages = [];
  const OTHER_CONTENT = `${FIELD}, table, ul, ol, [role="grid"], [role="table"], [role="list"]`;
  // Headings as the user sees them: heading elements, or text a design system styles as one (Polaris headingMd).
  const HEADINGS = 'h1, h2, h3, h4, [role="heading"], [class*="heading"], [class*="Heading"], [class*="title"], [class*="Title"]';
  const headingsIn = (root) => q(HEADINGS, root).filter((h) => rendered(h) && text(h).length < 120);
  // The text nodes under `root`, through slots and shadow roots when the page has them.
  const textNodesOf = (root) => {
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    if (!shadowRoots.length) return nodes;
    const seenNodes = new Set(nodes);
    for (const r of shadowRoots) {
      if (!within(root, r.host) && r.host !== root) continue;
      const w = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) if (!seenNodes.has(n)) { seenNodes.add(n); nodes.push(n); }
    }
    // Slotted nodes of a root inside a shadow tree (a card's body slot showing the page's paragraph).
    for (const slot of q('slot', root)) {
      for (const a of slot.assignedNodes({ flatten: true })) {
        const w = a.nodeType === 3 ? null : document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
        if (!w) { if (!seenNodes.has(a)) { seenNodes.add(a); nodes.push(a); } continue; }
        for (let n = w.nextNode(); n; n = w.nextNode()) if (!seenNodes.has(n)) { seenNodes.add(n); nodes.push(n); }
      }
    }
    return nodes;
  };
  // Text of `holder` that is neither the message, a heading, a column header, a control, nor another failure/warning sentence:
  // what would still inform the user if the failure text were gone (characters, spaces left out).
  const leftover = (holder, el) => {
    let count = 0;
    for (const n of textNodesOf(holder)) {
      const parent = n.parentElement;
      if (!parent || within(el, parent) || !painted(parent)) continue;
      // Column headers name columns (of an empty table's placeholder, here): they inform of nothing on their own.
      if (closest(parent, `${HEADINGS}, th, [role="columnheader"], button, a[href], [role="button"], svg, [role="img"]`)) continue;
      const block = text(parent);
      if (says(FAILURE, block) || says(WARNING, block) || says(UNAVAILABLE, block)) continue;
      count += n.textContent.replace(/\s+/g, '').length;
    }
    return count;
  };
  // A failure that takes the place of content, without empty-state markup: in its card (or the page), beside
  // at most a heading, buttons and other failure sentences, nothing else (no fields, lists, tables, data).
  // On the whole page the heading must say the failure ("Billing is temporarily unavailable").
  const replacesContent = (el, t, tone) => {
    if (tone !== 'error' && tone !== 'warning') return null;
    // A table's placeholder row holding the message is where the table's rows would be, not a row among others
    // (rowOf gives no row for it; any other table row does).
    const placeholder = placeholderOf(el);
    if (isFixed(el) || closest(el, 'dialog, [role="dialog"], [role="alertdialog"], li, form, fieldset, [role="form"]') || rowOf(el)) return null;
    const card = cardOf(el);
    const holder = card && within(main, card) && card !== main ? card : main;
    if (q(OTHER_CONTENT, holder).some((x) => !within(el, x) && !(placeholder && within(x, placeholder)) && rendered(x))) return null;
    if (leftover(holder, el) > 24) return null;
    const headings = headingsIn(holder);
    if (holder === main) {
      const failing = headings.some((h) => says(FAILURE, text(h)) || says(UNAVAILABLE, text(h)));
      return failing ? { box: holder } : null;
    }
    // In a card: the words or its heading say the data cannot be shown, or it offers to fetch again (a notice
    // banner beside the content says neither).
    const cannotShow = says(UNAVAILABLE, t) || headings.some((h) => says(UNAVAILABLE, text(h)));
    const retry = q('button, a[href], [role="button"]', holder).some((b) => /\b(try again|retry|reload|refresh)\b/i.test(text(b)));
    return cannotShow || retry ? { box: card } : null;
  };
  // Words a live region announced during the observation (page hooks), spaces left out: a message without a
  // role whose words an announcer region carried (a visually hidden aria-live copy, often emptied since) was announced.
  const announcements = (window.__brownout && window.__brownout.announced) || [];
  const announcedElsewhere = (t) => { const words = t.replace(/\s+/g, ''); return words.length >= 12 && announcements.some((a) => a.includes(words)); };
  // A close control: a button without words (an icon-only x, a CSS-drawn delete) or one named as closing
  // (tone-lexicon.yaml closeNames; page-hooks.browser.js applies the same rule).
  const CLOSE_NAME = new RegExp(lexicon.closeName, 'iu');
  const closeLike = (b) => {
    const names = [text(b), b.getAttribute('aria-label'), b.getAttribute('title')].map((n) => (n || '').trim()).filter(Boolean);
    return names.every((n) => !/\p{L}/u.test(n)) || names.some((n) => CLOSE_NAME.test(n));
  };
  // A floating message the user can dismiss: a close control in it, or in the toast-sized box around it up to its
  // fixed layer (never in a layer covering most of the viewport).
  const dismissible = (el) => {
    for (let e = el; e && e !== document.body && e !== document.documentElement; e = parentOf(e)) {
      const r = rect(e);
      if (r.width > innerWidth * 0.6 || r.height > innerHeight * 0.5) return false;
      if (q('button, [role="button"]', e).some((b) => rendered(b) && closeLike(b))) return true;
      if (/fixed|sticky/.test(getComputedStyle(e).position)) return false;
    }
    return false;
  };
  // Inside a design system's toast component (a class part toast, toaster, snackbar on it or a close ancestor).
  const toastComponent = (el) => {
    for (let e = el, depth = 0; e && e.nodeType === 1 && e !== document.body && depth < 8; e = parentOf(e), depth += 1) {
      if (classTokens(e).some((t) => lexicon.toastTokens.includes(t))) return true;
    }
    return false;
  };
  // The page's main heading: a flash notification sits above it, a form's or panel's alert below it.
  const pageHeading = q(inMain('h1')).find(rendered) || null;
  // A page-level notification in the page's flow: announced (role alert or status), with a close control of its own,
  // before the page's main heading and outside any form or panel (a flash message in the notifications area at the
  // top of the content, where app layouts put their flashbars): the page's temporary notification, not an alert of
  // the form below the heading.
  // One rule for a message shown now and for one the page hooks saw that is gone (read from what they recorded);
  // the two costly facts are asked last, of an announced message in the page's flow only.
  const isPageNotice = ({ role, floating, scoped, dismissible, beforeHeading }) => (role === 'alert' || role === 'status') && !floating && !scoped && beforeHeading() && dismissible();
  const pageNotice = (el, role, scope, floating) => isPageNotice({
    role, floating, scoped: !!scope, beforeHeading: () => !!pageHeading && !within(el, pageHeading) && follows(el, pageHeading),
    dismissible: () => q('button, [role="button"]', el).some((b) => rendered(b) && closeLike(b)),
  });
  // A label: a few words and no sentence (a badge, a status pill, a title).
  const labelShaped = (t) => t.split(' ').length <= 5 && !/[.!?]\s*\S/.test(t) && !/[.!?]$/.test(t);
  const addMessage = (el, source, role, announcedOverride, toast) => {
    if (seen.has(el) || !rendered(el) || covered(el)) return;
    const t = text(el);
    if (!t) return;
    // A status label (role=status on a badge, as every Shoelace sl-badge has): as for a one-word cell in the text
    // scan below, its words must say something; its variant alone does not make "Connected" or "Succeeded" in
    // green a confirmation.
    if (role === 'status' && labelShaped(t) && ![FAILURE, WARNING, SUCCESS, UNAVAILABLE].some((re) => says(re, t)) && toneOf(el, role, t).tone !== 'info') return;
    seen.add(el);
    const scope = formOf(el);
    const field = firstField(scope);
    const row = rowOf(el);
    const { tone, how } = toneOf(el, role, t);
    const markedEmpty = matches(el, EMPTY_STATE) || !!closest(el, EMPTY_STATE);
    const panel = markedEmpty ? null : replacesContent(el, t, tone);
    const emptyState = markedEmpty || !!panel;
    const emptyFrom = markedEmpty ? 'marked' : panel ? 'panel' : null;
    const box = markedEmpty ? closest(el, EMPTY_STATE) || el : panel ? panel.box : el;
    const inSection = matches(box, SECTION) || (box !== main && drawnCard(box)) || !!(box !== main && cardOf(box));
    const controls = [...q('button, a[href], [role="button"]', el), ...(row ? q('button, a[href], [role="button"]', row) : [])];
    const near = nearAnchor(el);
    const labelled = labelledTargets.get(el) || linkedField(el);
    // The message as the user reads it: a badge or title with the sentence beside it in its card/row, an
    // alert with its body and its buttons.
    // The block around a badge or title (a few words, no sentence; or a heading): its row, else the nearest ancestor that
    // adds a sentence to it, never one holding form fields (their labels are not the message).
    const around = () => {
      for (let a = parentOf(el); a && a !== main && !within(a, main); a = parentOf(a)) {
        const n = text(a).length;
        if (n > 700 || q(FIELD, a).length) return null;
        if (n >= t.length + 40) return a;
      }
      return null;
    };
    // A title: a badge-shaped label, or a heading element even when it is a whole sentence (an in-page message's
    // title, its explanation and next step in the block under it, as Atlaskit's SectionMessage lays them out).
    const titled = labelShaped(t) || matches(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]');
    const container = row || (titled ? around() : null);
    const whole = emptyState && box !== el ? box : container;
    const readText = (titled || emptyState) && whole && text(whole).length < 700 && (whole === box || !within(whole, main)) ? text(whole) : t;
    // Both walk up the ancestors reading styles: once per message.
    const floats = !!toast || isFixed(el) || inOverlayLayer(el);
    messages.push({
      source, role, text: t.slice(0, 600), readText: readText.slice(0, 800), tone, toneFrom: how,
      inForm: !!(scope && scope.matches('form, [role="form"]')),
      scope: scope ? pathOf(scope) : null,
      aboveFields: !!(field && follows(el, field)),
      nearField: labelled ? { gap: 0, above: rect(el).top <= rect(labelled).top, what: labelledTargets.has(el) ? 'the invalid field it describes (aria-describedby/aria-errormessage)' : 'the invalid field it links to', selector: pathOf(labelled) } : near,
      inViewport: inViewport(el),
      painted: painted(el),
      floating: floats,
      dismissible: !!toast || (floats && dismissible(el)),
      toastComponent: floats && toastComponent(el),
      pageNotice: pageNotice(el, role, scope, floats),
      announced: announcedOverride ?? (source !== 'text' || announcedElsewhere(t)),
      emptyState,
      emptyFrom,
      region: emptyState ? (inSection && restHasContent(box) ? 'section' : 'page') : null,
      inRow: !!row && !el.matches('tr, li'),
      nextStepControl: controls.some((c) => says(ACTION, text(c))),
      settingsPage,
      selector: pathOf(el),
      box: boxOf(el),
    });
  };

  // A field marked without ARIA (a selector, its design system's error class): its error text is the block right
  // after it, or right after the wrapper that holds only it (a control box with the input and its icon, as CSS-only
  // systems such as Bulma lay out input + help); blocks without words (an icon) are passed over, and a label, a
  // button or another field ends the search.
  // A field's placeholder drawn as a block over it (Naive UI's input shows its placeholder in a div beside the input
  // as well as in the attribute) is the placeholder, not a message about the field.
  const drawnPlaceholder = (field, block) => { const p = (field.getAttribute('placeholder') || '').replace(/\s+/g, ' ').trim(); return !!p && text(block) === p; };
  const messageAfter = (field) => {
    for (let e = field, depth = 0; e && e !== main && e !== document.body && depth < 3; e = e.parentElement, depth += 1) {
      if (depth > 0 && (q(FIELD, e).length > 1 || q('label', e).length || matches(e, 'form, fieldset, [role="form"], [role="group"], label'))) return null;
      for (let s = e.nextElementSibling; s; s = s.nextElementSibling) {
        if (!rendered(s) || drawnPlaceholder(field, s)) continue;
        if (matches(s, `${FIELD}, label, button`) || q(`${FIELD}, label, button`, s).length) return null;
        if (/\p{L}{2}/u.test(text(s))) return s;
      }
    }
    return null;
  };
  // The worded blocks after `e` among its siblings, up to any field: a form group's text after its field `f`.
  const following = (e, f) => { const out = []; for (let n = e.nextElementSibling; n; n = n.nextElementSibling) if (rendered(n) && !matches(n, FIELD) && !q(FIELD, n).length && text(n) && !drawnPlaceholder(f, n)) out.push(n); return out; };
  const invalidFields = [];
  for (const el of invalidEls) {
    // A description with no box of its own that draws its words in a positioned child (a form control's error
    // message drawn as a tooltip-like bubble: a 0x0 absolutely positioned wrapper holding the bubble) is rendered too.
    const targets = describedBy(el).filter((m) => rendered(m) || ((!m.checkVisibility || m.checkVisibility({ visibilityProperty: true })) && q('*', m).some((c) => rendered(c) && text(c))));
    // A field marked without ARIA: its message is the block with words right after it (or after the wrapper holding
    // only it, messageAfter); else, when its form group is in the error variant, the text blocks that follow the field
    // inside the group (Element Plus's el-form-item__error, a role=alert after the input's wrapper).
    const after = targets.length === 0 ? messageAfter(el) : null;
    const group = groupOf(el);
    const inGroup = targets.length || after || !group.length ? [] : [el, ...group.slice(0, -1)].flatMap((e) => following(e, el));
    const next = after ? [after] : inGroup;
    const msgs = [...targets, ...next].map(text).filter(Boolean);
    const shownLabel = labelOf(el);
    const label = (shownLabel && text(shownLabel)) || el.getAttribute('aria-label') || el.name || el.id;
    invalidFields.push({ name: label, message: [...new Set(msgs)].join(' '), selector: pathOf(el), box: boxOf(el) });
    // A field's short message is the field's; an alert it points at (aria-errormessage to a role=alert with
    // the whole explanation) stays a message too.
    for (const m of [...targets, ...next]) if (!(matches(m, '[role="alert"], [role="alertdialog"]') && text(m).length >= 80)) seen.add(m);
  }

  // A dialog blocks when it is modal (aria-modal, a modal <dialog>) or overlays the page (fixed, as every design
  // system's Modal/Dialog is); an alertdialog in the page's flow (Carbon's inline ActionableNotification) is an alert.
  // One that says it is not modal (aria-modal="false": React Aria's toasts are fixed alertdialogs in a toast
  // region) is a floating message, whatever its position.
  const blocking = (el) => el.getAttribute('aria-modal') === 'true' || matches(el, ':modal') || (isFixed(el) && el.getAttribute('aria-modal') !== 'false');
  // A web component that carries the dialog role on its host and draws the dialog in its shadow root (a host of no
  // size, its panel an overlay in the top layer, as Vaadin's dialogs are) is read from what it draws: the first element
  // of its shadow tree with a box, the host's role and modality kept.
  const drawnPart = (el) => {
    if (boxed(el) || !el.shadowRoot) return el;
    const walk = (root) => {
      for (const child of root.children) {
        if (child.tagName === 'SLOT' || child.tagName === 'STYLE') continue;
        if (boxed(child) && (!child.checkVisibility || child.checkVisibility({ visibilityProperty: true }))) return child;
        const inner = (child.shadowRoot && walk(child.shadowRoot)) || walk(child);
        if (inner) return inner;
      }
      return null;
    };
    return walk(el.shadowRoot) || el;
  };
  for (const el of q('[role="alertdialog"], [role="dialog"], dialog[open]')) addMessage(drawnPart(el), blocking(el) ? 'dialog' : 'alert', el.getAttribute('role') || 'dialog');
  for (const el of extra('dialog')) addMessage(el, 'dialog', el.getAttribute('role') || 'dialog');
  // A modal layer without a dialog role (Grommet's Layer): a fixed layer whose backdrop covers the viewport and takes
  // the user's clicks on the page (the element at a corner of the viewport covers it). A full-screen container that
  // lets clicks through (a toast layer with pointer-events none) or that holds the page itself is not one.
  const overlay = (() => {
    const hit = document.elementFromPoint(4, innerHeight - 4);
    if (!hit || hit === document.body || hit === document.documentElement || within(hit, main)) return null;
    const r = rect(hit);
    if (r.width < innerWidth * 0.9 || r.height < innerHeight * 0.9) return null;
    for (let e = hit; e && e !== document.body; e = e.parentElement) {
      if (within(e, main)) return null;
      if (getComputedStyle(e).position === 'fixed') return e;
    }
    return null;
  })();
  if (overlay && ![...seen].some((s) => within(overlay, s)) && !overlay.querySelector(lexicon.dialogSelector)) addMessage(overlay, 'dialog', 'dialog');
  for (const el of q(EMPTY_STATE)) if (says(FAILURE, text(el)) || says(WARNING, text(el))) addMessage(el, 'empty-state', null, !!closest(el, '[role], [aria-live]'));
  for (const el of [...q('[role="alert"]'), ...extra('alert')]) addMessage(el, 'alert', 'alert', el.matches('[role="alert"]'));
  for (const el of extra('toast')) addMessage(el, 'status', 'status', el.matches('[role], [aria-live]') || !!closest(el, '[aria-live]'), true);
  for (const el of [...q('[role="status"], output'), ...extra('success')]) addMessage(el, 'status', 'status', el.matches('[role="status"], output'));
  // A live region wrapping or inside a table or list (antd's Table inside its loading Spin, Carbon's TableBody
  // with aria-live) is content, not a message: its rows are read as text below.
  const CONTENT = 'table, thead, tbody, tr, [role="grid"], [role="table"], [role="rowgroup"], [role="row"], ul, ol, form';
  // A hidden announcer repeating an invalid field's message (a design system announcing a field's error through its
  // own live region appended to <body>, clipped or moved off-screen) is the field's message, not a second one.
  const fieldWords = invalidFields.map((f) => f.message.replace(/\s+/g, '')).filter((w) => w.length >= 12);
  const repeatsFieldWords = (w) => w.length >= 12 && fieldWords.some((f) => f.includes(w));
  const repeatsField = (el) => (!painted(el) || !inViewport(el)) && repeatsFieldWords(text(el).replace(/\s+/g, ''));
  for (const el of q('[aria-live]:not([aria-live="off"])')) if (!matches(el, CONTENT) && !q(CONTENT, el).length && !repeatsField(el)) addMessage(el, 'live', el.getAttribute('aria-live'));

  const busy = [];
  const busySeen = new Set();
  const addBusy = (el, what, t, value) => {
    if (busySeen.has(el) || [...busySeen].some((b) => within(b, el))) return;
    busySeen.add(el);
    busy.push({ what, text: t, selector: pathOf(el), value, box: boxOf(el) });
  };
  for (const el of q('[aria-busy="true"]')) if (rendered(el)) addBusy(el, 'aria-busy', text(el).slice(0, 80), null);
  for (const el of q('[role="progressbar"], progress')) {
    if (!rendered(el)) continue;
    const raw = el.getAttribute('aria-valuenow') ?? (el.tagName === 'PROGRESS' && el.hasAttribute('value') ? el.value : null);
    const now = raw === null ? NaN : Number(raw);
    const max = Number(el.getAttribute('aria-valuemax') ?? (el.max || 100));
    const valueText = el.getAttribute('aria-valuetext') || '';
    const failed = toneInTokens([...variantTokens(el), ...(el.parentElement ? variantTokens(el.parentElement) : []), ...tokensOf(valueText)], lexicon.variants) === 'error' || /fail|error/i.test(valueText);
    const value = Number.isNaN(now) ? (valueText || null) : `${now}/${max}`;
    if (!failed && !(now >= max)) addBusy(el, 'progressbar', el.getAttribute('aria-label') || valueText, value);
  }
  // Progress told in words beside a bar without a progressbar role (Grommet's Meter is an svg with an aria-label
  // only): a short text saying work is under way, with a percentage below 100 ("Importing customers: 40 %").
  for (const el of q(inMain('p, span, div, li, label, small'))) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
    const percent = /(\d{1,3}(?:\.\d+)?)\s?%/.exec(own);
    if (!percent || own.length > 120 || Number(percent[1]) >= 100 || !says(BUSY_TEXT, own) || says(FAILURE, own) || says(WARNING, own) || !painted(el)) continue;
    addBusy(el, 'progress-text', own, `${percent[1]}/100`);
  }
  const DONE = ['loaded', 'complete', 'completed', 'done', 'ready'];
  // A determinate bar drawn without a progressbar role, named a progress bar by its class only (a whole class part
  // "progress": Semantic UI's and Fomantic's ui progress, Bootstrap 4's and Spectre's .progress, a product's
  // "import-progress"): a bar-shaped track holding a painted fill that starts at its left edge and stops short of its
  // end. One with a role (or inside one) is read above; a failed one (error variant) is not at work; a countdown bar
  // (inside a toast or an alert's live region, or its fill moving toward a set end: a finite animation or transition
  // running on it) times a message and is not a busy indicator.
  const moving = (e) => !!e.getAnimations && e.getAnimations().some((a) => a.playState === 'running' && a.effect && Number.isFinite(a.effect.getComputedTiming().endTime));
  for (const el of q('[class*="progress" i]')) {
    if (!classTokens(el).includes('progress') || !rendered(el) || closest(el, '[role="progressbar"], progress') || q('[role="progressbar"], progress', el).length) continue;
    if (closest(el, '[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])')) continue;
    const track = rect(el);
    if (track.width < 60 || track.height > 40 || track.width < 4 * track.height) continue;
    if (toneInTokens(variantTokens(el), lexicon.variants) === 'error' || variantTokens(el).some((t) => DONE.includes(t))) continue;
    const fill = q('*', el).slice(0, 12).find((c) => {
      const r = rect(c);
      const bg = getComputedStyle(c);
      const paintedFill = (bg.backgroundColor && !/rgba\(.*,\s*0\)|transparent/.test(bg.backgroundColor)) || (bg.backgroundImage && bg.backgroundImage !== 'none');
      return paintedFill && rendered(c) && Math.abs(r.left - track.left) <= 2 && r.height >= track.height / 2 && r.width >= track.width * 0.01;
    });
    if (!fill || toneInTokens(variantTokens(fill), lexicon.variants) === 'error' || moving(fill) || moving(el)) continue;
    const share = rect(fill).width / track.width;
    if (share < 0.99) addBusy(el, 'progressbar', el.getAttribute('aria-label') || text(el).slice(0, 80), `${Math.round(share * 100)}/100`);
  }
  // A data-loading flag counts when set: a component that writes the flag on every render says "false" when idle
  // (a button marks data-loading="false" while it is not loading).
  // A loader that its component keeps in the page while idle, faded out to opacity 0 on itself or a wrapper (a data
  // table's loading overlay, its icon still turning, shown only while the table loads) is not shown: it counts only when it
  // is opaque, or while an animation of opacity runs on it or around it (a loader fading in, a pulse passing through 0).
  const fades = (a) => { try { return a.effect.getKeyframes().some((k) => 'opacity' in k); } catch { return true; } };
  const animatedAround = (el) => {
    for (let e = el, depth = 0; e && e !== document.body && depth < 8; e = parentOf(e), depth += 1) {
      if (e.getAnimations && e.getAnimations().some((a) => a.playState === 'running' && a.effect && fades(a))) return true;
    }
    return false;
  };
  const fadedOut = (el) => !!el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !animatedAround(el);
  for (const el of q(['.spinner, .loading, .loader, [data-loading]:not([data-loading="false" i])', ...lexicon.busySelectors].join(', '))) {
    if (rendered(el) && !fadedOut(el) && !variantTokens(el).some((t) => DONE.includes(t))) addBusy(el, 'spinner', text(el).slice(0, 80), null);
  }
  // A spinner named by its component's class (Mantine mantine-Loader-root, a "page-spinner"): a busy token as a
  // whole class part, on something spinner-sized (a wrapper named "loading" around a whole table is not one).
  for (const el of q(lexicon.busyTokens.map((t) => `[class*="${t}" i]:not(button)`).join(', '))) {
    const tokens = variantTokens(el);
    if (!tokens.some((t) => lexicon.busyTokens.includes(t)) || tokens.some((t) => DONE.includes(t)) || !rendered(el) || fadedOut(el)) continue;
    const r = rect(el);
    if (r.width <= 160 && r.height <= 160 && !closest(el, 'button')) addBusy(el, 'spinner', text(el).slice(0, 80) || el.getAttribute('aria-label') || '', null);
  }
  for (const el of extra('busy')) if (rendered(el)) addBusy(el, 'spinner', text(el).slice(0, 80), null);
  // Endless animations the page runs now: an element turning round and round, spinner-sized, is a spinner whatever
  // its markup (Grommet's Spinner is a Box with hashed class names and no role); see buttons below.
  const endless = document.getAnimations ? document.getAnimations().filter((a) => a.playState === 'running' && a.effect && a.effect.target
    && a.effect.getComputedTiming && !Number.isFinite(a.effect.getComputedTiming().endTime)) : [];
  const turns = (a) => { try { return a.effect.getKeyframes().some((k) => /rotate/.test(`${k.transform || ''} ${k.rotate || ''}`) || (k.rotate && k.rotate !== 'none')); } catch { return false; } };
  // A spinner drawn as a pseudo-element (a CSS-only loading control: the box around an input turning its ::after)
  // is measured by the pseudo-element's own size, not its host's.
  const sizeOf = (el, pseudo) => {
    if (!pseudo) return rect(el);
    const s = getComputedStyle(el, pseudo);
    return s.display === 'none' || s.content === 'none' ? { width: 0, height: 0 } : { width: parseFloat(s.width) || 0, height: parseFloat(s.height) || 0 };
  };
  for (const a of endless) {
    const el = a.effect.target;
    if (!turns(a) || !rendered(el) || fadedOut(el) || closest(el, 'button')) continue;
    const r = sizeOf(el, a.effect.pseudoElement);
    if (r.width > 0 && r.height > 0 && r.width <= 160 && r.height <= 160) addBusy(el, 'spinner', text(el).slice(0, 80) || el.getAttribute('aria-label') || '', null);
  }
  // A placeholder that never fills in (a skeleton drawn without a role or a class naming it): a box at least a line of
  // text in size, with no words and no field, control or image inside, on which (or on whose pseudo-element) an
  // endless animation that does not turn runs (a shimmer sweeping across it, a pulse).
  for (const a of endless) {
    const el = a.effect.target;
    if (turns(a) || !rendered(el) || fadedOut(el) || closest(el, 'button') || text(el) || q(`${FIELD}, button, a[href], img, svg, video, canvas, [role="img"]`, el).length) continue;
    const r = rect(el);
    if (r.width >= 24 && r.height >= 8) addBusy(el, 'skeleton', el.getAttribute('aria-label') || '', null);
  }
  const animatedInside = (button) => endless.some((a) => a.effect.target !== button && button.contains(a.effect.target) && rendered(a.effect.target));
  // A busy button: disabled and saying it is at work ("Saving..."); marked loading by its component (antd
  // ant-btn-loading, MUI MuiButton-loading, PrimeReact p-button-loading), whatever its label; or disabled and holding
  // a spinner (an element with a busy class part: Fluent's Spinner in a disabled button). Design systems' loading
  // buttons keep their own label ("Create") beside the spinner, so the words are not the only sign.
  const holdsSpinner = (el) => q(lexicon.busyTokens.map((t) => `[class*="${t}" i]`).join(', '), el)
    .some((s) => variantTokens(s).some((t) => lexicon.busyTokens.includes(t)) && rendered(s));
  // A button by its role too: a web component's button is often its host with role=button and aria-disabled, its
  // label slotted (Vaadin's vaadin-button), with no <button> inside.
  for (const el of q('button, [role="button"]')) {
    if (!rendered(el)) continue;
    const disabled = el.disabled || el.getAttribute('aria-disabled') === 'true';
    // Or holding an endless animation (Grommet's Button `busy`: pulsing dots over its hidden label, not disabled).
    const marked = el.getAttribute('aria-busy') === 'true' || variantTokens(el).includes('loading') || animatedInside(el);
    if (marked || (disabled && (says(BUSY_TEXT, text(el)) || holdsSpinner(el)))) addBusy(el, 'busy-button', text(el), null);
  }

  // Messages without ARIA: visible blocks whose own text reads like a failure, success or empty state.
  const empty = [];
  // A box appended to <body> holding its words itself (a toast the product adds outside the app's root) is one too.
  // Preformatted text is a block as a paragraph is (Naive UI's notification holds its words in a <pre>, keeping the
  // product's line breaks).
  const BLOCK_TAGS = 'p, pre, div, li, td, span, strong, b, h1, h2, h3, h4, option';
  // Words a web component writes inside its own shadow root from its attributes (an empty state's title and subtitle
  // given as properties): the blocks (and below, the custom elements) of the shadow roots of hosts in the main region
  // (a selector from <main> does not reach into a shadow root).
  const mainRoots = shadowRoots.filter((r) => within(main, r.host));
  const shadowBlocks = mainRoots.flatMap((r) => qPlain(BLOCK_TAGS, r));
  const blocks = [...q(`${inMain(BLOCK_TAGS)}, body > div, body > div p, body > div pre, body > div span, body > div div`), ...shadowBlocks];
  // Words a web component shows from inside its own tag (Ionic's ion-badge, ion-note, ion-card-content hold the
  // page's text directly and render it through a slot): an autonomous custom element (a hyphen in its name) in the
  // page is a block like a div. Not one that renders its words as a control (a button component's label, slotted
  // into its shadow <button>, is not a message; a message component's own close button beside its slotted words does
  // not make them a label), nor one whose own shadow content already gave its words as a message (a badge whose
  // inner box has role=status).
  const CONTROL = 'button, a[href], [role="button"], input, select, textarea';
  const ownSlots = (el) => [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.assignedSlot).filter(Boolean);
  const labelOfControl = (el) => {
    const slots = el.shadowRoot ? ownSlots(el) : [];
    return slots.length ? slots.some((slot) => !!closest(slot, CONTROL)) : !!q(CONTROL, el).length;
  };
  const customBlocks = [...document.querySelectorAll(`${inMain('*')}, body > div *`), ...mainRoots.flatMap((r) => qPlain('*', r))].filter((el) => el.localName.includes('-')
    && !labelOfControl(el) && ![...seen].some((s) => within(el, s)));
  for (const el of [...q(EMPTY_STATE), ...blocks, ...customBlocks]) {
    if (!rendered(el) && el.tagName !== 'OPTION') continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
    const marked = matches(el, EMPTY_STATE);
    if ((!own && !marked) || own.length > 300 || covered(el) || repeatsField(el)) continue;
    // Text only for screen readers without a role (a badge's hidden "Success" label) is not a message; a
    // closed dropdown's option is (the user reads it on opening the dropdown).
    if (!marked && !painted(el) && el.tagName !== 'OPTION') continue;
    if (marked && !text(el)) continue;
    // A result component in its success variant (antd Result status=success) confirms, it is not empty.
    if (marked && ((semanticTone(el) || {}).tone === 'success' || says(SUCCESS, text(el)))) { addMessage(el, 'text', null); continue; }
    if (marked || says(EMPTY, own)) { empty.push({ text: text(el).slice(0, 300), selector: pathOf(el), box: boxOf(el) }); seen.add(el); continue; }
    // A control's label is not a message; a one-word cell ("Sent", "Paid") is a status, not a confirmation,
    // unless its component marks it a success (a "Completed" pill with a succeeded variant).
    if (closest(el, 'button, a[href], [role="button"], label')) continue;
    const confirms = says(SUCCESS, own) && (own.split(' ').length >= 2 || (semanticTone(el) || {}).tone === 'success');
    if (says(FAILURE, own) || confirms) addMessage(el, 'text', null);
  }

  // Painted live regions (and floating boxes added to the page without a role) the page hooks saw appear that are
  // gone now (removed, hidden, or their words replaced) and that no snapshot saw while they were shown: reported
  // once, read as they were when they appeared (a toast the product removed after a second, before a slow observer
  // first looked); one that was no live region was not announced.
  const departed = [];
  for (const s of (window.__brownout && window.__brownout.shown) || []) {
    if (s.reported) continue;
    s.reported = true;
    const el = s.el;
    if (el.isConnected && rendered(el) && text(el).replace(/\s+/g, '').includes(s.words)) continue;
    if (!s.inViewport && repeatsFieldWords(s.words)) continue;
    const { tone, how } = toneOf(el, s.role, s.text);
    departed.push({
      source: s.role === 'alert' ? 'alert' : s.role === 'status' ? 'status' : s.live === false ? 'text' : 'live', role: s.role, text: s.text, readText: s.text, tone, toneFrom: how,
      inForm: s.inForm, scope: null, aboveFields: false, nearField: null, inViewport: s.inViewport, painted: true, floating: s.floating, dismissible: !!s.dismissible, announced: s.live !== false,
      pageNotice: isPageNotice({ role: s.role, floating: s.floating, scoped: s.inForm, dismissible: () => !!s.dismissible, beforeHeading: () => !!s.beforeHeading }),
      emptyState: false, emptyFrom: null, region: null, inRow: false, nextStepControl: q('button, a[href], [role="button"]', el).some((c) => says(ACTION, text(c))),
      settingsPage, selector: pathOf(el), box: s.box, shownAt: s.at, departedAt: s.departedAt || Date.now(),
    });
  }

  const disabledActions = q('button[type="submit"][disabled], form button[disabled], button[aria-disabled="true"]')
    .filter(rendered).map((el) => ({ text: text(el), selector: pathOf(el) }));
  const hooks = window.__brownout;
  // A timer counts until it has run (under load its callback may run well after its due time).
  const queued = (hooks && hooks.tasks) || new Map();
  const pendingTimers = hooks ? hooks.timers.size + (hooks.frames ? hooks.frames.size : 0) + queued.size : 0;
  // A frame or a posted message should run within a few ms: one queued 100 ms ago and not run yet is the page starved too.
  const late = (map) => [...map.values()].filter((at) => at <= Date.now() - 100).length;
  // Finite CSS animations and transitions still running (a toast fading in): the UI is not quiet yet.
  // Endless ones (spinners) are busy indicators, not the UI about to settle.
  const finite = document.getAnimations ? document.getAnimations().filter((a) => {
    if (a.playState !== 'running') return false;
    const timing = a.effect && a.effect.getComputedTiming ? a.effect.getComputedTiming() : null;
    return !!timing && Number.isFinite(timing.endTime);
  }) : [];
  const animating = finite.length;
  // An animation that has not moved since a look 150 ms ago is a page given no frames (a loaded machine): starved,
  // as an overdue timer is (Fluent's toast starts its own timer only once its entrance animation has ended).
  const stalled = (hooks && hooks.animations ? finite : []).filter((a) => {
    const first = hooks.animations.get(a);
    if (!first) { hooks.animations.set(a, { at: Date.now(), time: Number(a.currentTime) || 0 }); return false; }
    return Date.now() - first.at > 150 && (Number(a.currentTime) || 0) - first.time < (Date.now() - first.at) / 4;
  }).length;
  const overdueTimers = hooks ? [...hooks.timers.values()].filter((due) => due <= Date.now()).length + (hooks.frames ? late(hooks.frames) : 0) + late(queued) + stalled : 0;
  return {
    url: location.href, title: document.title, messages, departed, invalidFields, busy, empty, disabledActions, pendingTimers, overdueTimers, animating,
    actedOn: action ? pathOf(action) : null, changedAt: hooks && hooks.changedAt ? hooks.changedAt : null,
  };
}
