// Browser side of the gallery: mounts the case named by `?case=<id>` inside a product shell (header + main).
import { createElement, useEffect, useState, type ElementType, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestedPage } from './page.ts';

/** A React gallery page: its document title and what it renders inside the product's main region. */
export interface ReactPage {
  title?: string;
  render: () => ReactNode;
}

/** A plain HTML gallery page (Bootstrap, GOV.UK): markup inside main and an optional script run after the library's own. */
export interface HtmlPage {
  title?: string;
  html: string;
  script?: () => void;
}

/**
 * `createElement` with loose props: the pages are written without JSX (the project's tsconfig has none), and the
 * design systems' polymorphic prop types defeat `createElement`'s overloads. The bundler and the browser check the rest.
 */
export const h = createElement as unknown as (type: ElementType | string, props?: object | null, ...children: ReactNode[]) => ReactElement;

/**
 * Announces the page once React has committed it and run its effects (where the page's timers start): React
 * schedules the first render itself, so on a loaded machine the commit can come well after `render` was called,
 * and the mount time (the user's action the judge measures from) must not run ahead of the page's own clock.
 */
function Announce({ announce }: { announce: () => void }): null {
  useEffect(announce, []);
  return null;
}

/** True once `ms` have passed since the component mounted (a page that changes later, e.g. a late alert). */
export function useAfter(ms: number): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDone(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return done;
}

/** Runs `effect` once after the first render (a console error, a native alert, a thrown exception). */
export function OnMount({ effect }: { effect: () => void }): null {
  useEffect(effect, []);
  return null;
}

/**
 * Logs `text` as a console error 30 ms after mount. Not in the mount effect itself: the page announces its mount
 * time after its own effects, and the observer counts console errors it receives from that time on, so an error
 * logged in the same flush could be received (by the test process) a millisecond before the announced time and
 * dropped (mantine's console-only page was once judged silent that way at load 25).
 */
export function ConsoleErrorAfterMount({ text }: { text: string }): null {
  useEffect(() => {
    const timer = setTimeout(() => console.error(text), 30);
    return () => clearTimeout(timer);
  }, [text]);
  return null;
}

/**
 * Renders the requested React page inside `wrap` (the library's provider), under a product header.
 * @example mountReact({ silent: { render: () => h(ExpenseForm) } }, (children) => h(AppProvider, { i18n }, children));
 */
export function mountReact(pages: Record<string, ReactPage>, wrap: (children: ReactNode) => ReactNode = (c) => c): void {
  const { page, root, announce } = requestedPage(pages);
  if (!page) return;
  // Effects run children first: Announce's runs after every page component's own (their timers are set).
  createRoot(root).render(h('div', null, wrap(h('div', null, h('header', null, 'Integrations Hub'), h('main', null, page.render()))), h(Announce, { announce })));
}

/** The product shell around an HTML page's markup: a header naming the product, the page in the main region. */
const plainShell = (html: string) => `<header>Integrations Hub</header><main>${html}</main>`;

/**
 * Writes the requested HTML page under a product header, runs `init` (the library's JS) and then the page's script.
 * `shell` wraps the page's markup when the library has its own app structure (Ionic's ion-app, ion-header and
 * ion-content, which is the main region).
 * @example mountHtml(pages, () => initAll());
 */
export function mountHtml(pages: Record<string, HtmlPage>, init: () => void = () => {}, shell: (html: string) => string = plainShell): void {
  const { page, root, announce } = requestedPage(pages);
  if (!page) return;
  root.innerHTML = shell(page.html);
  init();
  page.script?.();
  announce();
}
