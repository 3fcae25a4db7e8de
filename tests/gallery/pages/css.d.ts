// Stylesheets the gallery's pages import for esbuild to bundle (no exports).
declare module '*.css';
