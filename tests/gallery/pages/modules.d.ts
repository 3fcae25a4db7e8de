// Modules the gallery's pages import that ship no types: stylesheets for esbuild to bundle, and the part of
// Bootstrap 5's JS API the pages use (https://getbootstrap.com/docs/5.3/components/toasts/#methods).
declare module '*.css';

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
