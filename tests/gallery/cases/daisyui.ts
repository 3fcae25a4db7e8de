import { libraryCases } from './case.ts';

/**
 * daisyUI 5 pages (daisyui 5.8, the Tailwind CSS component library, held out, ninth round: see HOLDOUT.md), every
 * behaviour: plain HTML with the docs' markup on daisyUI's compiled stylesheet, no Tailwind build (the layout is the
 * product's own CSS), and the page JS the docs leave to the product (showModal, adding and removing toasts): alert
 * (role="alert", as the alert docs write it), toast (the wrapper pinned in a corner holding alerts, no role, as the
 * toast docs write it), fieldset with label and input, validator with aria-invalid and validator-hint, loading spinner,
 * progress, skeleton, modal on the native dialog, btn (disabled, with a spinner), badge, card, table, hero (the
 * full-page empty state: daisyUI has no empty-state component). No roles or ARIA beyond the docs' and the validator's.
 */
export const daisyuiCases = libraryCases('daisyui', 'daisyui');
