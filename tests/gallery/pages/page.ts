// The framework-free part of the gallery's browser side: which page `?case=<id>` asks for, and the announcement of
// its mount that the runner waits for (used by mount.ts for React and HTML pages, and by mount-vue.ts).

declare global {
  interface Window {
    /** Which pages this bundle has, which one is mounted (the runner checks both), and when (ms epoch: the user's action). */
    __gallery?: { ids: string[]; mounted: string | null; at: number };
  }
}

/** The page `?case=<id>` names, announced on `window.__gallery` with the mount time; a notice when there is none. */
export function requestedPage<P extends { title?: string }>(pages: Record<string, P>): { page: P | undefined; root: HTMLElement; announce: () => void } {
  const id = new URLSearchParams(location.search).get('case');
  const page = id ? pages[id] : undefined;
  const announce = () => { window.__gallery = { ids: Object.keys(pages), mounted: page ? id : null, at: Date.now() }; };
  if (!page) announce();
  document.title = page?.title ?? 'Create expense';
  const root = document.getElementById('root')!;
  if (!page) root.innerHTML = `<p>No gallery page "${id}" in this bundle.</p>`;
  return { page, root, announce };
}

