import { libraryCases } from './case.ts';

/**
 * Primer React pages (held out, seventh round: see HOLDOUT.md): Banner (its messages announced with AriaAlert or
 * AriaStatus, the docs' way for a banner shown client-side), InlineMessage, Blankslate, Spinner, SkeletonText and
 * SkeletonBox, ProgressBar, Dialog, FormControl + FormControl.Validation, Button loading and inactive, Label, Card,
 * DataTable, ToggleSwitch. Primer React has no toast or snackbar component (its accessibility guidance advises
 * against toasts and points to banners and inline messages), so the four toast behaviours are not rendered.
 */
export const primerCases = libraryCases('primer', '@primer/react', {
  except: ['error-toast', 'toast-vanishes', 'warning-toast', 'slow-then-toast'],
});
