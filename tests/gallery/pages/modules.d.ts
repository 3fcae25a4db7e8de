// Modules the gallery's pages import that ship no types: stylesheets for esbuild to bundle, and the part of
// Bootstrap 5's and GOV.UK Frontend's JS APIs the pages use.
declare module '*.css';
/** An asset esbuild copies next to the bundle (the `file` loader): its URL (SLDS's icon sprite). */
declare module '*.svg' {
  const url: string;
  export default url;
}

/** An image esbuild's file loader copies into the build: its URL (Shoelace's icons). */
declare module '*.svg' {
  const url: string;
  export default url;
}

declare module 'bootstrap' {
  /** Bootstrap's Toast plugin. */
  export class Toast {
    static getOrCreateInstance(element: Element, options?: { autohide?: boolean; delay?: number }): Toast;
    show(): void;
  }
  /** Bootstrap's Modal plugin. */
  export class Modal {
    constructor(element: Element, options?: { backdrop?: boolean | 'static' });
    show(): void;
  }
}

declare module 'govuk-frontend' {
  /** Starts every GOV.UK component on the page (https://frontend.design-system.service.gov.uk/import-javascript/). */
  export function initAll(): void;
}
