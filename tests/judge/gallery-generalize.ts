import { failedReads, form, mutationSteps, retriedRead, shell, slowRead, staleTemplate, template, type GalleryCase } from './gallery.ts';

const later = (ms: number, js: string) => `setTimeout(() => { ${js} }, ${ms});`;
const meeting = 'Meeting scheduled. Invitations are on their way.';
/** The Material Icons stylesheet's rule (the font itself is not loaded offline; the computed family is what counts). */
const materialIcons = "<style>.material-icons{font-family:'Material Icons';font-feature-settings:'liga'}</style>";
const payeeField = (attrs = '') => `<label for="payee">Payee</label><select id="payee" ${attrs}><option>Choose a payee</option></select>`;

/** An import page whose only progress sign is a bar named "progress" by its class (no role), filled to `percent`. */
const classNamedBar = (percent: number) =>
  shell(`<h1>Importing QuickBooks customers</h1><div class="import-progress" style="height:16px;background:#eee;border-radius:4px"><div style="width:${percent}%;height:100%;background:#06c;color:#fff;font-size:11px;text-align:right">${percent}%</div></div><p>Import from QuickBooks</p>`, '', 'Import');

/** A data table's loading overlay kept in the page while idle: a wrapper holding a turning icon and "Loading..." at `opacity`. */
const idleTableLoader = (opacity: number) => `<style>@keyframes turn{to{transform:rotate(360deg)}} .table-loader-icon::before{content:'';display:block;width:18px;height:18px;border:2px solid #ccc;border-top-color:#333;border-radius:50%;animation:turn 1s linear infinite}</style>
<h1>Choose a payee</h1><div role="grid" style="position:relative;height:200px;border:1px solid #ccc"><div role="row"><span role="columnheader">Name</span> <span role="columnheader">Email</span></div>
<div style="padding:60px 0;text-align:center">No payees found. Add a payee in QuickBooks first.</div>
<div class="table-loader-wrapper" style="position:absolute;inset:40px 0 0 0;opacity:${opacity};pointer-events:none"><div class="table-loader" style="position:absolute;top:60px;width:100%;text-align:center"><i class="table-loader-icon" style="display:inline-block"></i> <span>Loading...</span></div></div></div>`;
/** A field whose aria-errormessage names a 0x0 absolutely positioned wrapper that draws its words in a positioned bubble. */
const bubbleMessage = (words: string) => `<div style="position:relative"><label for="payee">Payee</label><input id="payee" aria-invalid="true" aria-errormessage="payee-error">
<div id="payee-error" role="alert" style="position:absolute"><span style="position:absolute;z-index:5;white-space:nowrap;background:#fff;border:1px solid #ccc;padding:4px 8px;color:#c00">${words}</span></div></div>`;

/**
 * The failure classes of issue 11 (judgement that generalizes), each as a page: placement by geometry and
 * labelling, tone from roles/variants/icons and a broad lexicon, unavailable panels, copy linted as read,
 * late errors after a success, and the absorbed (no-impact) outcome.
 */
export const generalizeCases: GalleryCase[] = [
  {
    name: 'alert directly above an invalid field, outside any form or card',
    html: shell(`<h1>New expense</h1><div role="alert">${template}</div>${payeeField('aria-invalid="true"')}<input aria-label="Amount"><button disabled>Create</button>`),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'alert linked to the field by aria-errormessage, placed below the page heading far from any form',
    html: shell(`<div style="display:flex;flex-direction:column"><div id="payee-alert" role="alert">${template}</div>${payeeField('aria-invalid="true" aria-errormessage="payee-alert"')}</div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'alert shown just above the button the user pressed (no form element)',
    html: shell('<h1>Sync to QuickBooks</h1><p>Sends this week\'s expenses.</p><div id="slot"></div><button id="sync">Sync now</button>',
      `document.getElementById('sync').addEventListener('click', () => setTimeout(() => { document.getElementById('slot').innerHTML = ${JSON.stringify(`<div role="alert">${template}</div>`)}; }, 100));`),
    act: (page) => page.click('#sync'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'alert at the top of a form with no fields, above the submit button the user pressed',
    html: shell('<form id="f"><div id="slot"></div><h2>Choose a QuickBooks payee</h2><ul id="payees"></ul><button type="submit">Load payees</button></form>',
      `document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); setTimeout(() => { document.getElementById('slot').innerHTML = ${JSON.stringify(`<div role="alert">${template}</div>`)}; }, 100); });`),
    act: (page) => page.click('button[type=submit]'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'false success worded "Meeting scheduled. Invitations are on their way."',
    html: shell(form('', false) + `<div class="toast">${meeting}</div>`),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  {
    name: 'false success told only by the component variant (MUI-style classes, neutral words)',
    html: shell(form('', false) + '<div role="alert" class="MuiAlert-root MuiAlert-standardSuccess">Your expense for Acme, 42.00 USD.</div>'),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  {
    name: 'failure told by an icon name and the danger variant (Bootstrap-style), words neutral',
    html: shell(form('<div class="alert alert-danger" role="status"><svg role="img" aria-label="Error"></svg> QuickBooks payees are not listed right now. Please try again in a few minutes.</div>', false)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'full-page "temporarily unavailable" panel without empty-state markup',
    html: shell(`<div class="panel"><h2>QuickBooks billing is temporarily unavailable</h2><p>We're having trouble connecting to QuickBooks right now, so your invoices can't be shown. Please try again later.</p></div>`, '', 'Billing'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'full-page-empty-state' },
  },
  {
    name: 'badge "Connection lost" linted with the sentence beside it',
    html: shell(`<h1>Connected apps</h1><div class="app"><strong>Shopify</strong> <span class="badge">Connection lost</span><p>We've temporarily lost connection with Shopify. Orders sync again on their own; please check back later.</p></div>`, '', 'Connected apps'),
    names: ['Shopify'], journal: failedReads(1), expected: { category: 'helpful-error', kind: 'connection-status' },
  },
  {
    name: 'success toast, then an error alert 1.6 s later',
    html: shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>',
      later(1600, `document.forms[0].insertAdjacentHTML('afterbegin', ${JSON.stringify(`<div role="alert">${template}</div>`)});`)),
    journal: mutationSteps(false), expected: { category: 'unclassified' },
  },
  {
    name: 'nothing changes for the user, the read went through on a retry (absorbed)',
    html: shell(form('', false)), journal: retriedRead(1), expected: { category: 'no-impact' },
  },
  {
    name: 'slow read within budget, the list is shown (absorbed)',
    html: shell(`<h1>Vendors</h1><ul><li>Acme</li><li>Globex</li></ul>`, '', 'Vendors'), journal: slowRead(1200), expected: { category: 'no-impact' },
  },
  {
    name: 'success shown and the retried create took effect (absorbed)',
    html: shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>'),
    journal: () => [...mutationSteps(false)(), ...mutationSteps(true)()], expected: { category: 'no-impact' },
  },
  {
    name: 'error shown although the create took effect (a false alarm)',
    html: shell(form(`<div role="alert">${template}</div>`, false)),
    journal: () => mutationSteps(true)().map((e) => ({ ...e, status: null, fault: { kind: 'lost-response', index: 0 } })), expected: { category: 'error-but-partly-worked' },
  },
  {
    name: 'error summary above the heading linking to a field styled invalid (no aria-invalid)',
    html: shell(`<div class="error-summary" role="alert"><h2>There is a problem</h2><p>${template}</p><ul><li><a href="#payee">Choose a payee again later</a></li></ul></div>
<h1>New expense</h1><form><label for="payee">Payee</label><input id="payee" class="input input--error"><button disabled>Create</button></form>`),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'warning text just above the heading of the form it concerns',
    html: shell(`<p class="warning-text">QuickBooks vendors may be out of date. We're having trouble connecting to QuickBooks right now. Please try again later.</p><h1>New expense</h1><form><label for="payee">Payee</label><select id="payee"><option>Acme</option></select></form>`),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'contextual-warning-alert' },
  },
  {
    name: 'a closed dropdown whose only option says no payees exist',
    html: shell(`<form><label for="payee">Payee</label><select id="payee"><option>No payees found</option></select><button>Create</button></form>`),
    journal: failedReads(1), expected: { category: 'false-empty' },
  },
  // One-word statuses: a success only when the component's variant says so.
  {
    name: 'a run marked "Completed" by a succeeded status pill although its step failed',
    html: shell('<h1>Workflow history</h1><table><tr><td>Create QuickBooks invoice</td><td><span class="run-status run-status-succeeded">Completed</span></td></tr></table>', '', 'Workflow history'),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  {
    name: 'a "Paid" cell in an invoice table is no confirmation',
    html: shell('<h1>QuickBooks invoices</h1><table><tr><td>INV-7</td><td>Paid</td></tr></table>', '', 'Invoices'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  // Taught by the held-out carbon and mantine pages (second round): ARIA that means less than it says.
  {
    name: 'an alertdialog in the page flow (not modal, not overlaid: an inline actionable notification) is an inline message',
    html: shell(`<h1>Reports</h1><div role="alertdialog" aria-labelledby="n"><p id="n">QuickBooks</p><p>${template}</p><button>Try again</button></div><p>Monthly totals</p>`, '', 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  {
    name: 'an alertdialog overlaid on the page without aria-modal still blocks',
    html: shell(form('', false) + `<div role="alertdialog" aria-labelledby="d" style="position:fixed;inset:20%;background:#fff;border:1px solid"><h2 id="d">QuickBooks is unavailable</h2><p>${template}</p><button>OK</button></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'a failed run in a table whose body is a polite live region (the rows are content, not one message)',
    html: shell(`<h1>Workflow history</h1><table><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody aria-live="polite">
<tr><td>Create QuickBooks invoice</td><td><span class="tag tag--red">Failed</span> ${template}</td><td><button>Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="tag tag--green">Succeeded</span></td><td></td></tr></tbody></table>`, '', 'Workflow history'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'workflow-error' },
  },
  {
    name: 'a spinner known only by its class part "loader" (no role, no busy text)',
    html: shell(`<span class="app-Loader-root" aria-label="Loading payees" style="display:inline-block;width:36px;height:36px;border:4px solid #ccc;border-right-color:transparent;border-radius:50%;animation:spin 1s linear infinite"></span><style>@keyframes spin{to{transform:rotate(360deg)}}</style>${form('', false)}`),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  // Taught by the held-out fluent pages (third round): a toast announced by a separate announcer region.
  {
    name: 'a toast in a toast list (no role of its own) whose words an announcer live region carried for half a second',
    html: shell(form('', false) + '<div id="live" aria-live="assertive" class="sr-only"></div><div role="list" style="position:fixed;bottom:1rem;right:1rem" id="toasts"></div>',
      later(100, `document.getElementById('toasts').innerHTML = ${JSON.stringify(`<div role="listitem" tabindex="0"><div>QuickBooks</div><div>${template}</div></div>`)};
document.getElementById('live').textContent = 'QuickBooks' + ${JSON.stringify(template)};
setTimeout(() => { document.getElementById('live').textContent = ''; }, 500);`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a toast in a toast list with a Try again action is a toast, not a failed run in a history',
    html: shell(form('', false) + `<div id="live" aria-live="polite" class="sr-only"></div><div role="list" style="position:fixed;bottom:1rem;right:1rem"><div role="listitem"><div>${template}</div><button>Try again</button></div></div>`,
      later(100, `document.getElementById('live').textContent = ${JSON.stringify(template)};`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a floating note nothing announces stays an inline message (the announcer is the signal, not the position)',
    html: shell(form('', false) + `<div role="list" style="position:fixed;bottom:1rem;right:1rem"><div role="listitem"><div>${template}</div></div></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  {
    name: 'a "loading" wrapper class around a loaded table is not a spinner',
    html: shell('<h1>QuickBooks invoices</h1><div class="table-nested-loading"><table><tr><td>INV-7</td><td>Acme Ltd</td><td>42.00 USD</td><td>Paid</td></tr><tr><td>INV-8</td><td>Globex</td><td>17.00 USD</td><td>Open</td></tr></table></div>', '', 'Invoices'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'a toast in an absolutely positioned layer appended to <body>, over the form above its first field, is a toast',
    html: shell(form('', false), `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div><div aria-live="polite" style="position:absolute;top:0;left:0;right:0;display:flex;justify-content:center;padding:20px"><div style="background:#c22;color:#fff;padding:12px;max-width:500px"><span role="alert">${template}</span><button>Try again</button></div></div></div>`)});`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Seen after primereact's first sight (fourth round), probing pages beyond the gallery's: a button a design system
  // puts in its loading state keeps its own label (PrimeReact's and antd's Button `loading`, Fluent's Spinner icon in a
  // disabled button), so "Saving..." is not the only way a save is shown in progress.
  {
    name: 'a submit button its component marks loading (class part "loading") that keeps its label "Create" and never comes back',
    html: shell(`<style>@keyframes spin{to{transform:rotate(360deg)}}</style><form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>
<label for="payee">Payee</label><input id="payee"><button type="submit" class="ui-button ui-button-loading" disabled><span class="ui-icon ui-icon-spin" style="display:inline-block;width:12px;height:12px;border:2px solid #fff;border-right-color:transparent;border-radius:50%;animation:spin 1s linear infinite"></span> Create</button></form>`),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'a disabled submit button holding a spinner (class part "spinner") beside its unchanged label never comes back',
    html: shell(`<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>
<label for="payee">Payee</label><input id="payee"><button type="submit" aria-disabled="true"><span class="ui-Spinner" style="display:inline-block;width:12px;height:12px"></span> Create</button></form>`),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'a disabled "Create" button with an ordinary icon is not busy',
    html: shell(`<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>
<label for="payee">Payee</label><input id="payee"><button type="submit" class="ui-button ui-button-primary" disabled><span class="ui-icon ui-icon-check" style="display:inline-block;width:12px;height:12px"></span> Create</button></form>`),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  // Taught by the held-out slds pages (fifth round): the product's JS adds a toast (its own role=status) to a fixed
  // container and removes it after its duration; under load the observer's first look came 2-3 s after the page's
  // action, when a 1 s toast was gone. The waits below stand for that slow first look.
  {
    name: 'a toast (role=status in a fixed container) the product removes after 300 ms, before a slow observer first looks, is a toast',
    html: shell(form('', false) + '<div id="toasts" style="position:fixed;top:0;left:0;right:0;text-align:center"></div>',
      later(50, `const toast = document.createElement('div');
toast.setAttribute('role', 'status');
toast.style.cssText = 'display:inline-block;background:#c22;color:#fff;padding:12px';
toast.textContent = ${JSON.stringify(template)};
document.getElementById('toasts').append(toast);
setTimeout(() => toast.remove(), 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a success toast the product hides after 300 ms, before a slow observer first looks, is still a success shown',
    html: shell(form('', false) + `<div style="position:fixed;bottom:1rem;right:1rem"><div id="saved" role="status" hidden style="background:#dfd;padding:12px"></div></div>`,
      later(50, `const toast = document.getElementById('saved');
toast.textContent = 'Expense saved in QuickBooks.';
toast.hidden = false;
setTimeout(() => { toast.hidden = true; }, 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  // Seen at grommet's first sight (fifth round): Grommet's components are styled Boxes with hashed class names and
  // few roles, so only what the user sees tells them apart: a Spinner that turns, a Button `busy` with pulsing dots
  // (not disabled), a Meter (an svg with an aria-label) under "Importing customers: 40 %", a Card drawn by its
  // shadow, a Layer whose backdrop covers the page.
  {
    name: 'a spinner with no role or class, only an endless turning animation, beside "Loading payees" never stops',
    html: shell(`<style>@keyframes turn{to{transform:rotate(360deg)}}</style><div style="display:flex;gap:8px;align-items:center"><div style="width:24px;height:24px;border:3px solid #ccc;border-top-color:#333;border-radius:50%;animation:turn .8s linear infinite"></div><span>Loading payees</span></div>${form('', false)}`),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'an icon that turns once (a finite animation) is not a spinner',
    html: shell(`<style>@keyframes turn{to{transform:rotate(360deg)}}</style><h1>Create a QuickBooks expense</h1><div style="width:24px;height:24px;border:3px solid #ccc;border-top-color:#333;border-radius:50%;animation:turn .3s linear 1"></div>${form('', false)}`),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'a submit button, not disabled, whose label is hidden under endlessly pulsing dots never comes back',
    html: shell(`<style>@keyframes pulse{50%{transform:scale(.4)}}</style><form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>
<label for="payee">Payee</label><input id="payee"><button type="submit" style="position:relative"><span style="display:flex;gap:4px;position:absolute;inset:0;justify-content:center;align-items:center">${'<i style="width:6px;height:6px;border-radius:50%;background:#333;animation:pulse 1s infinite"></i>'.repeat(3)}</span><span style="opacity:0">Create</span></button></form>`),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'an import stuck at "Importing customers: 40 %" over a bar with no progressbar role never ends',
    html: shell('<h1>Importing QuickBooks customers</h1><p>Importing customers: 40 %</p><svg width="300" height="12" aria-label="Bar meter with value 40 out of 100"><rect width="300" height="12" fill="#eee"></rect><rect width="120" height="12" fill="#3c3"></rect></svg>', '', 'Import'),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'an import that says "Importing customers: 100 %" is not busy',
    html: shell('<h1>Importing QuickBooks customers</h1><p>Importing customers: 100 %</p><svg width="300" height="12" aria-label="Bar meter with value 100 out of 100"><rect width="300" height="12" fill="#3c3"></rect></svg>', '', 'Import'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  // Seen at fomantic's first sight (tenth round): a determinate bar drawn as a track and a fill, named a progress bar by
  // its class only (Fomantic's ui progress, Semantic UI's before it, Bootstrap 4's and Spectre's .progress), with no
  // progressbar role and no words saying work is under way, only the percentage on the fill.
  {
    name: 'a bar named "progress" by its class (no role), its fill stopped at 40 % of the track, never ends',
    html: classNamedBar(40),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'the same bar filled to the end is not busy',
    html: classNamedBar(100),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'a toast\'s countdown bar (class "progress", 40 % left) is not a busy indicator: the toast is an error toast',
    html: shell(form('', false) + `<div role="alert" style="position:fixed;top:12px;right:12px;width:22rem;background:#fff;box-shadow:0 2px 8px #0003"><div style="padding:12px">${template}</div><div class="toast-progress" style="height:4px;background:#fdd"><div style="width:40%;height:100%;background:#c00"></div></div></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a floating toast box (no role) whose countdown bar (class "progress") shrinks over 8 s is an error toast, not a busy indicator',
    html: shell(form('', false) + '<style>@keyframes countdown{from{width:100%}to{width:0}}</style>', later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div class="toast" style="position:fixed;top:12px;right:12px;width:22rem;background:#fff;box-shadow:0 2px 8px #0003"><div style="padding:12px">${template}</div><div class="ui-progress" style="height:4px;background:#fdd"><div style="height:100%;background:#c00;animation:countdown 8s linear forwards"></div></div></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Probed after fomantic's first sight (tenth round): design systems colour a dialog's action buttons by what the
  // action does (Fomantic's and Semantic UI's modal actions "ui ok button", "ui positive button"; Bootstrap's
  // "btn btn-success"), and those buttons are often divs. A button's variant is the action's, not the message's tone.
  {
    name: 'a blocking dialog explaining the failure, whose OK action is a div styled "ok button" (no role), is a full-page modal, not a success',
    html: shell(form('', false) + `<div role="dialog" aria-modal="true" aria-labelledby="dlg-title" style="position:fixed;inset:20% 25% auto;background:#fff;box-shadow:0 2px 12px #0005;padding:16px"><h2 id="dlg-title">Expenses can't be created in QuickBooks right now</h2><p>${template}</p><div class="actions"><div class="ui ok button" tabindex="0">OK</div></div></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'the same dialog whose OK is a <button class="btn btn-success"> is a full-page modal, not a success',
    html: shell(form('', false) + `<div role="dialog" aria-modal="true" aria-labelledby="dlg-title" style="position:fixed;inset:20% 25% auto;background:#fff;box-shadow:0 2px 12px #0005;padding:16px"><h2 id="dlg-title">Expenses can't be created in QuickBooks right now</h2><p>${template}</p><div class="modal-footer"><button type="button" class="btn btn-success">OK</button></div></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'one card, drawn by its shadow only (no card class or role), replaced by "try again" beside a working card',
    html: shell(`<h1>Customer: Acme</h1><div style="display:flex;gap:16px"><div style="flex:1;padding:16px;box-shadow:0 2px 4px rgba(0,0,0,.2)"><h2>Contact details</h2><span>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</span></div>
<div style="flex:1;padding:16px;box-shadow:0 2px 4px rgba(0,0,0,.2)"><h2>QuickBooks invoices</h2><span>We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</span><button>Try again</button></div></div>`, '', 'Customer'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'half-page-empty-state' },
  },
  {
    name: 'a layer with no dialog role whose backdrop covers the page, appended to <body>, is a blocking dialog',
    html: shell(form('', false), `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div style="position:fixed;inset:0;pointer-events:none;display:flex;align-items:center;justify-content:center"><div style="position:absolute;inset:0;background:rgba(0,0,0,.5);pointer-events:all"></div><div style="position:relative;pointer-events:all;background:#fff;padding:24px;max-width:420px"><h3>Expenses can't be created in QuickBooks right now</h3><span>${template}</span><button>OK</button></div></div>`)});`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'a full-screen layer that lets clicks through (pointer-events none) holding an unannounced note is not a dialog',
    html: shell(form('', false), `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div style="position:fixed;inset:0;pointer-events:none;display:flex;align-items:flex-start;justify-content:center"><div style="pointer-events:all;background:#fee;padding:12px;max-width:420px"><span>${template}</span></div></div>`)});`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  // Seen at evergreen's first sight (fifth round): Evergreen renders with ui-box utility classes ("ub-w_32px"), so its
  // Spinner, Table rows and Cards carry no role, no spinner/card class and no table markup; what they are shows in
  // how they move and how they are laid out and drawn.
  {
    name: 'a spinner known only by its endless rotation (an svg with no role, label or spinner class) above the form never stops',
    html: shell(`<style>@keyframes ub-turn{from{transform:rotate(0)}to{transform:rotate(360deg)}}</style><div style="display:flex;justify-content:center;padding:16px"><svg class="ub-w_32px ub-h_32px" width="32" height="32" viewBox="0 0 150 150" style="animation:ub-turn 2s linear infinite"><circle cx="75" cy="75" r="60" fill="none" stroke="#3366ff" stroke-width="12" stroke-dasharray="200 200"></circle></svg></div>${form('', false)}`),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'a disabled submit button holding an endlessly rotating svg beside its unchanged label "Create" never comes back',
    html: shell(`<style>@keyframes ub-turn{to{transform:rotate(360deg)}}</style><form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>
<label for="payee">Payee</label><input id="payee"><button type="submit" class="ub-h_32px ub-pl_16px" disabled><svg width="14" height="14" viewBox="0 0 150 150" style="animation:ub-turn 2s linear infinite"><circle cx="75" cy="75" r="60" fill="none" stroke="#fff" stroke-width="12" stroke-dasharray="200 200"></circle></svg> Create</button></form>`),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'an endlessly pulsing status dot (no rotation) beside a loaded list is not a spinner',
    html: shell(`<style>@keyframes ub-pulse{from{opacity:1;transform:scale(1)}to{opacity:.4;transform:scale(1.6)}}</style><h1>QuickBooks invoices <span style="display:inline-block;width:8px;height:8px;border-radius:50%;background:#52bd95;animation:ub-pulse 1.5s ease-in-out infinite alternate"></span></h1><table><tr><td>INV-7</td><td>Acme Ltd</td><td>42.00 USD</td></tr><tr><td>INV-8</td><td>Globex</td><td>17.00 USD</td></tr></table>`, '', 'Invoices'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'a failed run in a workflow history built of div rows (flex cells side by side, no table or row roles) with a retry',
    html: shell(`<h1>Workflow history</h1><div style="border:1px solid #ccc;max-width:900px">
<div style="display:flex;align-items:center;padding:8px"><div style="width:220px">Create QuickBooks invoice</div><div style="flex:1"><strong style="color:#a33">FAILED</strong> <span>${template}</span></div><div style="width:100px"><button>Retry</button></div></div>
<div style="display:flex;align-items:center;padding:8px"><div style="width:220px">Create QuickBooks invoice</div><div style="flex:1"><strong style="color:#363">SUCCEEDED</strong></div><div style="width:100px"></div></div></div>`, '', 'Workflow history'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'workflow-error' },
  },
  {
    name: 'one of two cards drawn only by a shadow (no card class or role) replaced by an unavailable message with Try again',
    html: shell(`<h1>Customer: Acme</h1><div style="display:flex;gap:16px;align-items:stretch">
<div class="ub-pd_24px" style="flex:1;padding:24px;background:#fff;box-shadow:0 0 1px rgba(67,90,111,.3),0 2px 4px -2px rgba(67,90,111,.47)"><h2>Contact details</h2><p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p></div>
<div class="ub-pd_24px" style="flex:1;padding:24px;background:#fff;box-shadow:0 0 1px rgba(67,90,111,.3),0 2px 4px -2px rgba(67,90,111,.47);text-align:center"><h2>QuickBooks invoices</h2><p>We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</p><button>Try again</button></div></div>`, '', 'Customer'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'half-page-empty-state' },
  },
  {
    name: 'a red-bordered box (a tinted alert, not a card) with Try again above a report table stays an inline message',
    html: shell(`<h1>Reports</h1><div style="border:1px solid #d14343;background:#fdf4f4;padding:16px;min-height:80px;max-width:600px"><p>${template}</p><button>Try again</button></div><h2>Monthly totals</h2><table><tr><td>November</td><td>$12,400.00</td></tr></table>`, '', 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  // Taught by the held-out spectrum pages (fifth round): React Aria's toasts are fixed alertdialogs that say they
  // are not modal, and a product without a card component draws its panels with borders.
  {
    name: 'a fixed alertdialog that says aria-modal="false" (a toast in a toast region) is a toast, not a blocking dialog',
    html: shell(form('', false) + `<div role="region" aria-label="Notifications" style="position:fixed;bottom:1rem;left:0;right:0;display:flex;justify-content:center"><div role="alertdialog" aria-modal="false" aria-labelledby="t" tabindex="0" style="background:#c22;color:#fff;padding:12px;max-width:500px"><div role="alert"><div id="t">${template}</div></div><button aria-label="Close">x</button></div></div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'an unavailable panel drawn with a border and a heading (no card class, no section) beside a working one is a half-page empty state',
    html: shell(`<h1>Customer: Acme</h1><div style="display:flex;gap:1rem"><div style="flex:1;border:1px solid #999;border-radius:4px;padding:1rem"><h2>Contact details</h2><span>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</span></div>
<div style="flex:1;border:1px solid #999;border-radius:4px;padding:1rem"><h2>QuickBooks invoices</h2><div style="text-align:center"><h3>QuickBooks invoices are temporarily unavailable</h3><p>We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</p><button>Try again</button></div></div></div>`, '', 'Customer'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'half-page-empty-state' },
  },
  {
    name: 'the same unavailable panel drawn alone on the page is a full-page empty state',
    html: shell(`<div style="border:1px solid #999;border-radius:4px;padding:1rem"><h1>QuickBooks invoices</h1><div style="text-align:center"><h2>QuickBooks invoices are temporarily unavailable</h2><p>We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</p><button>Try again</button></div></div>`, '', 'Invoices'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'full-page-empty-state' },
  },
  // Seen at shoelace's first sight (fifth round, 10/35): web components render their roles, titles, help text and
  // buttons inside open shadow roots and show the page's words through slots, so a reader of the light DOM alone
  // found no alert, dialog, toast, progress bar or loading button. The snapshot now reads the composed tree.
  {
    name: 'an alert a web component renders in its shadow root (role=alert on its inner box, the words slotted from the page)',
    html: shell('<h1>Reports</h1><x-callout variant="danger"></x-callout><p>Monthly totals</p>', `customElements.define('x-callout', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div role="alert" class="callout callout--' + this.getAttribute('variant') + '" style="border:1px solid #c22;padding:1rem"><slot></slot></div>'; }
});
document.querySelector('x-callout').textContent = ${JSON.stringify(template)};`, 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  {
    name: 'a modal dialog a web component renders in its shadow root, its title a shadow heading and its words slotted',
    html: shell(form('', false) + '<x-modal label="Expenses can\'t be created in QuickBooks right now"></x-modal>', `customElements.define('x-modal', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"><div role="dialog" aria-modal="true" aria-labelledby="t" style="background:#fff;margin:10rem auto;max-width:30rem;padding:1rem"><h2 id="t">' + this.getAttribute('label') + '</h2><slot></slot><button>OK</button></div></div>'; }
});
document.querySelector('x-modal').textContent = ${JSON.stringify(template)};`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'a progress bar a web component renders in its shadow root stays at 40 %',
    html: shell('<h1>Importing QuickBooks customers</h1><x-progress value="40"></x-progress>', `customElements.define('x-progress', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div role="progressbar" aria-valuenow="' + this.getAttribute('value') + '" aria-valuemin="0" aria-valuemax="100" style="height:16px;background:#eee"><div style="width:40%;height:100%;background:#06c"></div></div>'; }
});`, 'Import'),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'one card replaced by an empty state, the card a web component whose box (class "card") shows the words through a slot',
    html: shell(`<h1>Customer: Acme</h1><div class="cards" style="display:grid;grid-template-columns:1fr 1fr;gap:1rem"><x-card><strong slot="header">Contact details</strong>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</x-card>
<x-card><strong slot="header">QuickBooks invoices</strong><div><p>We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</p><button>Try again</button></div></x-card></div>`, `customElements.define('x-card', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div class="card"><div class="card__header"><slot name="header"></slot></div><div class="card__body"><slot></slot></div></div>'; }
});`, 'Customer'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'half-page-empty-state' },
  },
  {
    name: 'an alert directly above a field the page marked invalid with setCustomValidity (no aria-invalid), outside any form',
    html: shell(`<h1>New expense</h1><div role="alert">${template}</div><label for="payee">Payee</label><input id="payee" aria-describedby="payee-help"><div id="payee-help">QuickBooks payee selection is temporarily unavailable.</div><input aria-label="Amount"><button disabled>Create</button>`,
      "document.getElementById('payee').setCustomValidity('QuickBooks payee selection is temporarily unavailable.');"),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'a status badge (role=status, success variant) saying "Connected" beside a connection-lost card is a label, not a confirmation',
    html: shell(`<h1>Connected apps</h1><div class="card"><strong>Slack</strong> <span role="status" class="badge badge--success">Connected</span></div>
<div class="card"><strong>QuickBooks</strong> <span class="badge badge--warning">Connection lost</span><p>We've temporarily lost connection with QuickBooks. Until a connection is reestablished, invoices won't sync between QuickBooks and Integrations Hub. Be sure to check any automatic workflows related to QuickBooks to make sure they successfully went through.</p></div>`, '', 'Connected apps'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'connection-status' },
  },
  // Seen at patternfly's first sight (sixth round): PatternFly's toast AlertGroup is a fixed <ul aria-live="polite">
  // that React renders into a container appended to <body>; when the toast is queued before the group's first render,
  // the list is inserted already holding the toast. The live region's words were recorded as announced only when its
  // content changed later, so the toast (a list item, read by its words) was an unannounced floating message.
  {
    name: 'a toast list (a fixed ul aria-live=polite) inserted into <body> already holding the error toast is a toast',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div><ul aria-live="polite" style="position:fixed;top:1rem;right:1rem;list-style:none;margin:0;padding:0;max-width:30rem"><li><div class="note note--danger" style="border:2px solid #c22;background:#fff;padding:12px"><div>${template}</div><button aria-label="Close">x</button></div></li></ul></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Sixth round (elementplus): a field marked invalid by its form group's error variant (Element Plus's el-form-item
  // is-error, GOV.UK's govuk-form-group--error, Semantic UI's field error), its message a role=alert in the group.
  {
    name: 'an alert directly above a field whose form group carries the error variant (no aria-invalid, no describedby), its short message a role=alert in the group, outside any form',
    html: shell(`<h1>New expense</h1><div role="alert">${template}</div>
<div class="field-group is-error"><label for="payee">Payee</label><div class="field-body"><div class="input-box"><div class="input-frame"><input id="payee"></div></div><div role="alert" class="field-help">QuickBooks payee selection is temporarily unavailable.</div></div></div>
<div class="field-group"><label for="amount">Amount</label><div class="field-body"><div class="input-box"><div class="input-frame"><input id="amount"></div></div></div></div><button disabled>Create</button>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'a "danger zone" card holding a heading, one labelled field and a button is not an invalid field\'s group (nothing shown: silent)',
    html: shell(`<h1>Workspace settings</h1><section class="danger-zone" style="border:1px solid red;padding:1rem"><h2>Delete this workspace</h2><label for="confirm">Type the workspace name</label><input id="confirm"><button>Delete workspace</button></section>`, '', 'Workspace settings'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'a "Connection lost" badge and its sentence written directly inside web components (custom elements showing their text through a slot, no role) are a connection status',
    html: shell(`<h1>Connected apps</h1><x-card><x-card-title>Slack</x-card-title> <x-badge tone="success">Connected</x-badge></x-card>
<x-card><x-card-title>QuickBooks</x-card-title> <x-badge tone="warning">Connection lost</x-badge><x-card-body>We've temporarily lost connection with QuickBooks. Until a connection is reestablished, invoices won't sync between QuickBooks and Integrations Hub. Be sure to check any automatic workflows related to QuickBooks to make sure they successfully went through.</x-card-body></x-card>
<x-button>Add an app</x-button>`, `const slotted = (tag, html) => customElements.define(tag, class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = html; }
});
slotted('x-card', '<div style="display:block;border:1px solid #ccc;padding:1rem;margin:.5rem"><slot></slot></div>');
slotted('x-card-title', '<span style="font-weight:600"><slot></slot></span>');
slotted('x-badge', '<span style="padding:2px 6px;border-radius:4px;background:#fc0"><slot></slot></span>');
slotted('x-card-body', '<div style="display:block;margin-top:.5rem"><slot></slot></div>');
slotted('x-button', '<button type="button"><slot></slot></button>');`, 'Connected apps'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'connection-status' },
  },
  {
    name: 'an inline error in a role=main region of an app root that is not a div (Angular\'s app-root, Ionic\'s ion-app straight under <body>, no <main>)',
    html: `<!doctype html><html><head><title>Reports</title><style>body{font-family:sans-serif;margin:0} .message{background:#c00;color:#fff;padding:1rem}</style></head>
<body><app-root><header>Integrations Hub</header><section role="main"><h1>Reports</h1><div class="message">${template}</div><p>Monthly totals</p></section></app-root></body></html>`,
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  // Seen at bulma's first sight (sixth round): a CSS-only design system leaves behaviour and ARIA to the product, so
  // its pages say what they are by markup and styling alone: the field's help text after the control that wraps
  // the input (and its icon), a dismissible notification pinned to a corner of the viewport, a loading control
  // whose spinner is its own ::after pseudo-element.
  {
    name: 'a field styled invalid (no ARIA) whose short message follows the wrapper holding the input and its icon is the field\'s message, not a second alert',
    html: shell(`<form><h1>Create a QuickBooks expense</h1><div role="alert">${template}</div>
<div class="field"><label for="payee">Payee</label><div class="control" style="position:relative"><input id="payee" class="input input-error"><span class="icon" style="position:absolute;right:8px;top:2px">!</span></div><p class="help">QuickBooks payee selection is temporarily unavailable.</p></div>
<div class="field"><label for="amount">Amount</label><div class="control"><input id="amount" class="input"></div></div><button type="submit" disabled>Create</button></form>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  {
    name: 'a dismissible note (a close button, no role or live region) pinned to a corner of the viewport is a toast',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div style="position:fixed;top:1rem;right:1rem;width:24rem;background:#fdd;padding:1rem 2.5rem 1rem 1rem"><button aria-label="Close" style="position:absolute;top:.5rem;right:.5rem">&times;</button>${template}</div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a dismissible note pinned to a corner of the viewport that the product removes after 300 ms, before a slow observer first looks, is a toast',
    html: shell(form('', false), later(50, `const note = document.createElement('div');
note.style.cssText = 'position:fixed;bottom:1rem;right:1rem;width:24rem;background:#fdd;padding:1rem';
note.innerHTML = ${JSON.stringify(`<button aria-label="Close">&times;</button>${template}`)};
document.body.append(note);
setTimeout(() => note.remove(), 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a spinner drawn as the ::after pseudo-element of the control wrapping the payee input (CSS only, no role or class) never stops',
    html: shell(`<style>@keyframes turn{to{transform:rotate(360deg)}} .control.pending::after{content:"";position:absolute;right:8px;top:6px;width:1em;height:1em;border:2px solid #999;border-right-color:transparent;border-radius:50%;animation:turn .5s linear infinite}</style>
<form><h1>Create a QuickBooks expense</h1><label for="payee">Payee</label><div class="control pending" style="position:relative;width:480px"><input id="payee" style="width:100%"></div><label for="amount">Amount</label><input id="amount"><button type="submit">Create</button></form>`),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  // Seen in CI at stop 21 (the design gallery at six pages at a time beside another test file, 2 cores): pages
  // that were right on a quiet machine and wrong under load. Each case fails without its change.
  {
    name: 'a blocking dialog whose transition state class ends in "done" (react-transition-group\'s enter-done) is not a success',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"><div role="dialog" aria-modal="true" aria-labelledby="dialog-title" class="modal modal-enter-done" style="background:#fff;width:32rem;margin:6rem auto;padding:1rem"><h2 id="dialog-title">Expenses can't be created in QuickBooks right now</h2><p>${template}</p><button>OK</button></div></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'a note pinned to a corner of the viewport (no role, no close control) that goes away by itself after 800 ms is a toast',
    html: shell(form('', false), later(50, `const note = document.createElement('div');
note.style.cssText = 'position:fixed;bottom:1rem;right:1rem;width:24rem;background:#fdd;padding:1rem';
note.textContent = ${JSON.stringify(template)};
document.body.append(note);
setTimeout(() => note.remove(), 800);`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a note pinned to a corner (no role, no close control) whose words a hidden announcer carries for 30 ms, between two looks, is a toast',
    html: shell(`${form('', false)}<div aria-live="assertive" class="sr-only" id="announcer"></div>`, later(50, `const note = document.createElement('div');
note.style.cssText = 'position:fixed;bottom:1rem;right:1rem;width:24rem;background:#fdd;padding:1rem';
note.textContent = ${JSON.stringify(template)};
document.body.append(note);
setTimeout(() => { announcer.textContent = note.textContent; setTimeout(() => { announcer.textContent = ''; }, 30); }, 400);`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a spinner, then a toast rendered through a chain of MessageChannel tasks (React\'s scheduler) 500 ms after the spinner went: the queued work holds the observer',
    html: shell(`<div class="spinner" aria-label="Loading payees"></div>${form('', false)}`, later(300, `document.querySelector('.spinner').remove();
const channel = new MessageChannel();
let step = 0;
channel.port1.onmessage = () => {
  const end = performance.now() + 100;
  while (performance.now() < end) {}
  if (++step < 5) channel.port2.postMessage(null);
  else document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div role="alert" class="toast">${template}</div>`)});
};
channel.port2.postMessage(null);`)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a message in a toaster component (its class says toaster) pinned to a corner, no role, no close control, still shown: a toast',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div class="app-toaster" style="position:fixed;bottom:1rem;right:1rem;width:24rem"><div class="app-toaster__item" style="background:#fdd;padding:1rem"><strong>QuickBooks</strong><div>${template}</div></div></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a spinner, then a toast added through a view transition whose update takes 600 ms (React Spectrum\'s ToastQueue adds toasts this way): the transition holds the observer',
    html: shell(`<div class="spinner" aria-label="Loading payees"></div>${form('', false)}`, later(300, `document.querySelector('.spinner').remove();
document.startViewTransition(() => new Promise((resolve) => {
  const start = Date.now();
  const poll = setInterval(() => {
    if (Date.now() - start < 600) return;
    clearInterval(poll);
    document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div role="alert" class="toast">${template}</div>`)});
    resolve();
  }, 50);
}));`)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a corner toast removed after 300 ms, before a slow first look, whose words a hidden live region keeps: painted for sighted users, not screen-reader-only',
    html: shell(`${form('', false)}<div aria-live="polite" class="sr-only" id="announcer"></div>`, later(50, `const note = document.createElement('div');
note.style.cssText = 'position:fixed;bottom:1rem;right:1rem;width:24rem;background:#fdd;padding:1rem';
note.textContent = ${JSON.stringify(template)};
document.body.append(note);
announcer.textContent = note.textContent;
setTimeout(() => note.remove(), 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' }, absent: ['visible'],
  },
  // Seen at vuetify's first sight (seventh round): a Material text field puts its (floating) label inside the field's
  // box beside the input, the error variant on the box around them, and the message below the box in the wrapper that
  // holds the whole field, the input's aria-describedby pointing at it (no aria-invalid). The field's form group is the
  // wrapper holding its label and its description, not only its label.
  {
    name: 'an alert directly above a field whose box (label inside, beside the input) carries the error variant and whose aria-describedby message sits below the box, outside any form',
    html: shell(`<h1>New expense</h1><div role="alert">${template}</div>
<div class="text-field"><div class="field-box field-box--error"><div class="field-box__inner"><label for="payee">Payee</label><input id="payee" aria-describedby="payee-messages"></div></div><div id="payee-messages" class="text-field__details" role="alert" aria-live="polite">QuickBooks payee selection is temporarily unavailable.</div></div>
<div class="text-field"><div class="field-box"><div class="field-box__inner"><label for="amount">Amount</label><input id="amount" aria-describedby="amount-messages"></div></div><div id="amount-messages" class="text-field__details" role="alert" aria-live="polite"></div></div><button disabled>Create</button>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  {
    name: 'a submit button whose component writes data-loading="false" while idle (Primer React\'s Button on every render) is no busy indicator: nothing shown, one call, is silent',
    html: shell('<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1><label for="payee">Payee</label><select id="payee"><option>Choose a payee</option></select><button type="submit" data-loading="false">Create</button></form>'),
    journal: failedReads(1), expected: { category: 'silent' },
  },
  {
    name: 'the same button marked data-loading="true" and still shown at the threshold is a busy indicator: stuck',
    html: shell('<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1><label for="payee">Payee</label><select id="payee"><option>Choose a payee</option></select><button type="submit" data-loading="true" aria-disabled="true">Create</button></form>'),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  // Seen at cloudscape's first sight (seventh round): a design system that announces a field's error through its own
  // visually hidden live region (a copy of the field's words appended to <body>, clipped or moved off-screen).
  {
    name: 'a field\'s message repeated by a visually hidden announcer appended to <body> is the field\'s message, not a second, unpainted alert',
    html: shell(`<h1>Create a QuickBooks expense</h1><div role="alert">${template}</div><label for="payee">Payee</label><input id="payee" aria-invalid="true" aria-describedby="payee-msg"><p id="payee-msg">QuickBooks payee selection is temporarily unavailable.</p><label for="amount">Amount</label><input id="amount"><button disabled>Create</button>`,
      later(30, `document.body.insertAdjacentHTML('beforeend', '<div aria-live="assertive" aria-atomic="true" class="sr-only">QuickBooks payee selection is temporarily unavailable.</div>');`)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable', 'visible'],
  },
  {
    name: 'a field\'s message repeated by an announcer moved off-screen (left and top -9999 px, not clipped) is the field\'s message, not a second alert outside the viewport',
    html: shell(`<h1>Create a QuickBooks expense</h1><div role="alert">${template}</div><label for="payee">Payee</label><input id="payee" aria-invalid="true" aria-describedby="payee-msg"><p id="payee-msg">QuickBooks payee selection is temporarily unavailable.</p><label for="amount">Amount</label><input id="amount"><button disabled>Create</button>`,
      later(30, `document.body.insertAdjacentHTML('beforeend', '<div aria-live="assertive" aria-atomic="true" style="position:absolute;left:-9999px;top:-9999px">QuickBooks payee selection is temporarily unavailable.</div>');`)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable', 'visible'],
  },
  // Seen at cloudscape (seventh round): skeleton placeholders told only by their endless shimmer (no role, no class
  // naming them).
  {
    name: 'placeholder bars (no role, no text, no class naming them) with an endless shimmer on their ::after never fill in',
    html: shell(`<style>@keyframes wave{from{transform:translate(-100%)}to{transform:translate(100%)}} .bar{position:relative;overflow:hidden;background:#ccc;border-radius:8px;margin:12px 0} .bar::after{content:"";position:absolute;inset:0;background:linear-gradient(90deg,transparent,#eee,transparent);animation:wave 1.25s ease-in-out infinite}</style>
<h1>QuickBooks invoices</h1><div aria-hidden="true" class="bar" style="width:300px;height:18px"></div><div aria-hidden="true" class="bar" style="width:400px;height:60px"></div><div aria-hidden="true" class="bar" style="width:400px;height:60px"></div>`, '', 'Invoices'),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  // Seen at cloudscape's first sight (seventh round): page-level flash notifications in the page's flow above its
  // heading (a notifications list at the top of the content, each dismissible and announced).
  {
    name: 'a dismissible error notification (role alert, close button) in the page\'s flow above the page heading and its form is a flash toast, not the form\'s alert',
    html: shell(`<ul aria-label="Notifications" style="list-style:none;margin:0;padding:0"><li><div role="alert" style="background:#d00;color:#fff;padding:.75rem 3rem .75rem 1rem;position:relative">${template}<button aria-label="Dismiss message" style="position:absolute;right:.5rem;top:.5rem">&times;</button></div></li></ul>${form('', false)}`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a dismissible warning notification in the page\'s flow above the page heading of a list page is a flash toast, not an inline message',
    html: shell(`<ul aria-label="Notifications" style="list-style:none;margin:0;padding:0"><li><div role="alert" style="background:#fc0;padding:.75rem 3rem .75rem 1rem;position:relative">${staleTemplate}<button aria-label="Dismiss message" style="position:absolute;right:.5rem;top:.5rem">&times;</button></div></li></ul><h1>Vendors</h1><ul><li>Acme</li><li>Globex</li></ul>`, '', 'Vendors'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'warning-toast' },
  },
  // Seen at atlaskit's first sight (eighth round): an in-page message without a role whose title is a whole sentence
  // in a heading element, its explanation and next step in a paragraph under it (Atlaskit's SectionMessage: a section
  // holding an icon, an h2 title and a description). The user reads the title with the description below it.
  {
    name: 'an error message box without a role whose heading is a full sentence and whose next step is in the paragraph under it, above an invalid field, is linted as title and body',
    html: shell(form(`<section style="background:#fee;padding:1rem;display:flex;gap:1rem"><span role="img" aria-label="error">!</span><div><h2>We're having trouble connecting to QuickBooks right now.</h2><div><p>Until a connection is reestablished, we won't be able to create expenses in QuickBooks. Please try again later.</p></div></div></section>`, true)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  {
    name: 'the same message box on a reports page, outside any form, is an inline message read as title and body',
    html: shell(`<h1>Reports</h1><section style="background:#fee;padding:1rem;display:flex;gap:1rem"><span role="img" aria-label="error">!</span><div><h2>We're having trouble connecting to QuickBooks right now.</h2><div><p>Until a connection is reestablished, we won't be able to show your QuickBooks reports. Please try again later.</p></div></div></section><p>Monthly totals</p>`, '', 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' }, absent: ['actionable'],
  },
  // Seen at ui5's first sight (eighth round, 20/35): a message component with its own close button in its shadow root
  // beside the page's slotted words (UI5's ui5-message-strip, role note) was read as a button component's label and
  // passed over; an empty-state component writing its title and subtitle from its attributes inside its shadow root
  // (UI5's ui5-illustrated-message, the title a nested title component there) showed words no block scan reached.
  {
    name: 'an inline error a web component shows through a slot beside its own close button (no role the judge knows) is a message, not a button\'s label',
    html: shell('<h1>Reports</h1><x-note></x-note><p>Monthly totals</p>', `customElements.define('x-note', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div role="note" style="border:1px solid #c22;background:#fee;padding:1rem;display:flex"><span style="flex:1"><slot></slot></span><button aria-label="Close">x</button></div>'; }
});
document.querySelector('x-note').textContent = ${JSON.stringify(template)};`, 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  {
    name: 'a full-page "temporarily unavailable" panel a web component writes in its shadow root from its attributes (title and subtitle) is a full-page empty state',
    html: shell('<x-empty heading="QuickBooks invoices are temporarily unavailable"><button>Try again</button></x-empty>', `customElements.define('x-empty', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div style="text-align:center;padding:3rem"><h2>' + this.getAttribute('heading') + '</h2><div>' + this.getAttribute('subtitle') + '</div><slot></slot></div>'; }
});
document.querySelector('x-empty').setAttribute('subtitle', ${JSON.stringify("We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.")});`, 'Invoices'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'full-page-empty-state' },
  },
  {
    name: '"No payees found." written by a title component inside an empty-state component\'s shadow root is a false empty state',
    html: shell('<h1>Choose a payee</h1><x-empty-list heading="No payees found." subtitle="Add a payee in QuickBooks first."></x-empty-list>', `customElements.define('x-title', class extends HTMLElement {
  connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<h2><slot></slot></h2>'; }
});
customElements.define('x-empty-list', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<div style="text-align:center;padding:3rem"><x-title>' + this.getAttribute('heading') + '</x-title><div>' + this.getAttribute('subtitle') + '</div></div>'; }
});`, 'Payees'),
    journal: failedReads(2), expected: { category: 'false-empty' },
  },
  // Seen at ui5 (eighth round): SAP Fiori's value state "Critical" is its warning (an amber strip), Polaris's
  // "critical" tone its error red; the token alone no longer decides, the colour the component paints does.
  {
    name: 'a banner whose only variant is "critical", painted amber, with a stale-data warning at the top of the form is a warning',
    html: shell(form(`<div class="banner banner--critical" style="background:#fff3c4;border:1px solid #e9a100;padding:1rem">${staleTemplate}</div>`, false)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-warning-alert' },
  },
  {
    name: 'a banner whose only variant is "critical", painted red, at the top of the form beside an invalid field is an error',
    html: shell(form(`<div class="banner banner--critical" style="background:#fde7e9;border:1px solid #c4262e;padding:1rem">${template}</div>`, true)),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  // Seen at ui5 (eighth round, toast-vanishes judged silent once in three under load): a toast already in the page's
  // markup that the product shows with the Popover API (showPopover: the top layer, no node added) and hides after a
  // second left no trace when no snapshot fell in that second.
  {
    name: 'a toast already in the markup, shown as a popover (showPopover) and hidden after 300 ms, before a slow observer first looks, is a toast',
    html: shell(form('', false) + `<x-toast id="toast" popover="manual" style="inset:auto 0 1rem;margin:0 auto;width:24rem;background:#333;color:#fff;padding:1rem;border:0">${template}</x-toast>`,
      `customElements.define('x-toast', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div role="alert"><slot></slot></div>'; }
});
${later(400, "const toast = document.getElementById('toast'); toast.showPopover(); setTimeout(() => toast.hidePopover(), 300);")}`),
    // Shown 400 ms in: the page hooks' window listeners are back after page.setContent's document.open by then.
    act: (page) => page.waitForTimeout(1200),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Seen at naive's first sight (eighth round): a floating notification without a role whose body is preformatted
  // text (Naive UI's notification keeps the product's line breaks in a <pre>).
  {
    name: 'a floating, dismissible notification without a role whose words are in a <pre> is an error toast',
    html: shell(form('', false), later(30, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div style="position:fixed;top:12px;right:12px;width:360px;background:#fff;box-shadow:0 2px 8px #0003;padding:16px"><div>QuickBooks</div><pre style="white-space:pre-wrap;font:inherit;margin:8px 0 0">${template}</pre><button aria-label="close" style="position:absolute;top:8px;right:8px">&times;</button></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Seen at naive's first sight (eighth round): a form item that draws its <label> without `for`, the error variant on
  // the item's control boxes (no aria-invalid) and the message below the field inside the item.
  {
    name: 'a field whose <label> is not tied to it (no for) in an item styled in the error variant, its message below it, under an alert: the field is invalid and the message is its own',
    html: shell(`<h1>Create a QuickBooks expense</h1><div role="alert">${template}</div>
<div class="form-item"><label>Payee</label><div class="form-item-blank form-item-blank--error"><div class="input input--error-status"><div class="input-wrapper"><div class="input-inner"><input></div></div></div></div><div class="form-item-feedback"><div>QuickBooks payee selection is temporarily unavailable.</div></div></div>
<div class="form-item"><label>Amount</label><div class="form-item-blank"><div class="input"><div class="input-wrapper"><div class="input-inner"><input></div></div></div></div><div class="form-item-feedback"></div></div><button disabled>Create</button>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  // Seen at naive's first sight (eighth round): an input that also draws its placeholder as a block beside it.
  {
    name: 'an invalid field whose placeholder is also drawn as a block beside the input: the message after it is the field\'s, not the drawn placeholder',
    html: shell(`<h1>Create a QuickBooks expense</h1><div role="alert">${template}</div>
<label for="payee">Payee</label><div class="input" style="position:relative"><input id="payee" aria-invalid="true" placeholder="Please input"><div style="position:absolute;left:4px;top:2px;color:#999;pointer-events:none">Please input</div></div><div>QuickBooks payee selection is temporarily unavailable.</div>
<label for="amount">Amount</label><input id="amount"><button disabled>Create</button>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  // Seen at naive's first sight (eighth round), reproduced under CPU throttling: a toast added with its zero-height
  // fixed layer and gone before a slow first look (judged silent), and a design system's "message" toast still shown
  // when a starved page's observation ends (judged an inline message). The wait stands for the slow first look.
  {
    name: 'a toast added with its zero-height fixed layer (the toast overflowing it) and removed after 300 ms, before a slow observer first looks, is a toast',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div id="layer" style="position:fixed;top:12px;left:0;right:0;height:0;display:flex;flex-direction:column;align-items:center"><div style="background:#fff;box-shadow:0 2px 8px #0003;padding:12px;max-width:40rem">${template}</div></div>`)});
setTimeout(() => document.getElementById('layer').remove(), 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'a floating box of a design system\'s "message" component (no role, no close control) still shown when the observation ends is a toast',
    html: shell(form('', false), later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div class="ui-message-container" style="position:fixed;top:12px;left:0;right:0;display:flex;flex-direction:column;align-items:center"><div class="ui-message ui-message--error" style="background:#fff;box-shadow:0 2px 8px #0003;padding:12px;max-width:40rem">${template}</div></div>`)});`)),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Seen at quasar's first sight (ninth round), judged right there by the notification's variant class: Quasar draws its
  // icons with the Material Icons font's ligatures (<i class="material-icons">warning</i>, as Vuetify's md set and
  // Angular Material do), so the text the judge read of a negative notification began with its glyph's name
  // ("warning We're having trouble ..."). Without the variant, that name was read as a warning word.
  {
    name: 'an error toast whose icon is an icon-font ligature named "warning" (Material Icons) is an error toast: the glyph\'s name is not a word of its message',
    html: shell(form('', false) + `${materialIcons}<div class="toast" role="alert"><i class="material-icons" aria-hidden="true">warning</i> ${template}</div>`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  {
    name: 'the same toast added after 50 ms and removed after 300 ms, before a slow observer first looks, is an error toast: the words kept of it leave the glyph\'s name out',
    html: shell(form('', false) + materialIcons, later(50, `document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div id="toast" class="toast" role="alert"><i class="material-icons" aria-hidden="true">warning</i> ${template}</div>`)});
setTimeout(() => document.getElementById('toast').remove(), 300);`)),
    act: (page) => page.waitForTimeout(900),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Seen at vaadin's first sight (tenth round): web components that carry the semantics on their host and draw in their
  // shadow root. A button that is its host (role=button, aria-disabled, the label slotted, no <button> inside) saying
  // "Saving..." was not read as a busy button (judged silent); a confirm dialog whose host (role=alertdialog,
  // aria-modal) has no size of its own, its panel drawn by its shadow root in the top layer, was not read at all (judged
  // silent); a data grid's rows, sticky inside the grid's own scroller, were read as floating, and a retry button that
  // is a role=button host was not a next step of its row (a failed run judged an inline message).
  {
    name: 'a disabled "Saving..." button that is a web component\'s host (role=button, aria-disabled, its label slotted) that never comes back is stuck loading',
    html: shell(form('', false).replace('<button type="submit" >Create</button>', '<x-button role="button" aria-disabled="true" disabled tabindex="-1">Saving...</x-button>'),
      `customElements.define('x-button', class extends HTMLElement {
  connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:inline-block;padding:8px 16px;background:#ddd;color:#888}</style><span><slot></slot></span>'; }
});`),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'a blocking alert dialog whose host (role=alertdialog, aria-modal) draws no box of its own, its panel drawn by its shadow root in the top layer, is a full-page modal',
    html: shell(form('', false) + `<x-confirm role="alertdialog" aria-modal="true" aria-label="Expenses can't be created in QuickBooks right now" style="position:fixed">${template}</x-confirm>`,
      `customElements.define('x-confirm', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = '<div id="overlay" popover="manual" style="inset:0;width:auto;height:auto;border:0;background:rgba(0,0,0,.3);display:flex;align-items:center;justify-content:center"><div style="background:#fff;padding:24px;max-width:560px"><h2>Expenses can\\'t be created in QuickBooks right now</h2><p><slot></slot></p><button>OK</button></div></div>';
    this.shadowRoot.getElementById('overlay').showPopover();
  }
});`),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'full-page-modal' },
  },
  {
    name: 'a failed run in a history table whose body rows are sticky inside the table\'s own scroller, with a Retry button, is a workflow error (the rows do not float)',
    html: shell(`<h1>Workflow history</h1><div style="overflow:auto;max-height:320px"><table><thead style="position:sticky;top:0;background:#fff"><tr><th>Run</th><th>Status</th><th></th></tr></thead>
<tbody style="position:sticky;left:0"><tr><td>Create QuickBooks invoice</td><td><span class="badge badge--error">Failed</span> ${template}</td><td><button>Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="badge badge--success">Succeeded</span></td><td></td></tr></tbody></table></div>`, '', 'Workflow history'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'workflow-error' },
  },
  {
    name: 'a failed run in a history table whose Retry control is an element with role=button (no <button>) is a workflow error',
    html: shell(`<h1>Workflow history</h1><table><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead>
<tbody><tr><td>Create QuickBooks invoice</td><td><span class="badge badge--error">Failed</span> ${template}</td><td><span role="button" tabindex="0" class="btn">Retry</span></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="badge badge--success">Succeeded</span></td><td></td></tr></tbody></table>`, '', 'Workflow history'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'workflow-error' },
  },
  {
    name: 'an announced error sticky at the top of an app shell\'s viewport-sized scrolling content region still floats (a toast), as one sticky against the viewport does',
    html: `<!doctype html><html><head><title>Create expense</title><style>body{font-family:sans-serif;margin:0;height:100vh;display:flex;flex-direction:column} header{height:48px}
main{flex:1;overflow:auto;padding:0 1rem} .flash{position:sticky;top:0;background:#fee;padding:1rem;max-width:24rem;margin-left:auto}</style></head>
<body><header>Integrations Hub</header><main><div class="flash" role="alert">${template} <button aria-label="Close">&times;</button></div>${form('', false)}<div style="height:1600px"></div></main></body></html>`,
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-toast' },
  },
  // Probed after arco's first sight (eleventh round): a data table shows that it has nothing to show in a placeholder
  // row (one cell spanning every column, the body's only row), as Arco's, Ant Design's and PrimeReact's tables do.
  {
    name: 'a table in a card whose only body row is one cell spanning every column, saying the invoices cannot be shown, beside a working card is a half-page empty state',
    html: shell(`<h1>Customer: Acme</h1><div style="display:flex;gap:1rem"><div style="flex:1;border:1px solid #999;border-radius:4px;padding:1rem"><h2>Contact details</h2><span>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</span></div>
<div style="flex:1;border:1px solid #999;border-radius:4px;padding:1rem"><h2>QuickBooks invoices</h2><table style="width:100%"><thead><tr><th>Invoice</th><th>Customer</th><th>Amount</th><th>Due date</th></tr></thead>
<tbody><tr><td colspan="4" style="text-align:center;padding:24px">We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.</td></tr></tbody></table></div></div>`, '', 'Customer'),
    journal: failedReads(2), expected: { category: 'helpful-error', kind: 'half-page-empty-state' },
  },
  {
    name: 'a notice row spanning every column above the data rows of a table (the table still shows data) is not an empty state',
    html: shell(`<h1>Reports</h1><table style="width:100%"><thead><tr><th>Month</th><th>Invoices</th><th>Total</th></tr></thead>
<tbody><tr><td colspan="3" style="background:#fdf4f4;padding:12px">${template}</td></tr><tr><td>October</td><td>42</td><td>$11,900.00</td></tr><tr><td>November</td><td>47</td><td>$12,400.00</td></tr></tbody></table>`, '', 'Reports'),
    journal: failedReads(1), expected: { category: 'helpful-error', kind: 'error-message-other' },
  },
  {
    name: 'an empty table whose idle loading overlay (a turning icon and "Loading...") is kept at opacity 0 is a false empty state, not stuck loading',
    html: shell(idleTableLoader(0)),
    journal: failedReads(2), expected: { category: 'false-empty' },
  },
  {
    name: 'the same table loading overlay shown (opacity 1) is stuck loading',
    html: shell(idleTableLoader(1)),
    journal: failedReads(2), expected: { category: 'stuck-loading' },
  },
  {
    name: 'a field\'s short message drawn in a bubble by a 0x0 wrapper that aria-errormessage names (role=alert) is the field\'s message, not an alert of its own',
    html: shell(`<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1><div role="alert">${template}</div>${bubbleMessage('QuickBooks payee selection is temporarily unavailable.')}
<label for="amount" style="display:block;margin-top:2.5rem">Amount</label><input id="amount"><button type="submit" disabled>Create</button></form>`),
    journal: failedReads(3), expected: { category: 'helpful-error', kind: 'contextual-error-alert' }, absent: ['actionable'],
  },
  {
    name: 'a generic message drawn in such a bubble, with no alert above the form, is still read as the generic error it is',
    html: shell(`<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>${bubbleMessage('An error occurred. Please try refreshing the page.')}
<label for="amount" style="display:block;margin-top:2.5rem">Amount</label><input id="amount"><button type="submit" disabled>Create</button></form>`),
    journal: failedReads(3), expected: { category: 'generic-error' },
  },
];
