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

/** A font esbuild's file loader copies into the build: its URL (UI5's 72 font, served by the product). */
declare module '*.woff2' {
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

declare module 'uikit' {
  /** A UIkit component instance (a modal's show returns a promise). */
  interface Modal { show(): Promise<void>; hide(): Promise<void> }
  /** The part of UIkit 3's JS API the pages use (https://getuikit.com/docs/javascript). */
  const UIkit: {
    use(plugin: unknown): void;
    notification(options: { message: string; status?: string; timeout?: number; pos?: string; group?: string }): unknown;
    modal(element: string | Element, options?: object): Modal;
  };
  export default UIkit;
}

declare module 'uikit/dist/js/uikit-icons' {
  /** UIkit's icon set, a plugin for `UIkit.use`. */
  const Icons: unknown;
  export default Icons;
}

/** Fomantic UI's bundled jQuery modules (a script that registers them on the global jQuery; no exports). */
declare module 'fomantic-ui-css/semantic.min.js';
