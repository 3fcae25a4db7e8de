import { libraryCases } from './case.ts';

/**
 * Fomantic UI 2 pages (fomantic-ui-css 2.9, the community fork of Semantic UI, CSS plus its jQuery modules with
 * jQuery 3.7; held out, tenth round: see HOLDOUT.md), every behaviour: plain HTML with the docs' markup and Fomantic's
 * modules where the docs use them: Message (negative, warning, positive; no role), the Toast module ($.toast, which
 * gives its toasts role="alert"), Form with its error and warning states and the Form module's `add prompt` (no
 * aria-invalid), loading form, Dimmer with a text Loader, Placeholder, Progress (no role), the markup Modal (no role),
 * loading and disabled Buttons, Label, Card, Table, Checkbox, and the placeholder Segment with an icon Header for the
 * empty states. No roles or ARIA beyond the modules' own, but the aria-invalid the alert-above-field behaviour is
 * defined by.
 */
export const fomanticCases = libraryCases('fomantic', 'fomantic-ui-css');
