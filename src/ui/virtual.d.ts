// The banner's markup, prerendered by the build (scripts/prerender-banner.tsx through the vite
// plugin `consentry:banner-markup` in vite.config.ts).
declare module 'virtual:consentry/banner' {
  const banner: Record<'section' | 'dialog', import('./markup').Markup>;
  export default banner;
}

// A built-in language module's part, split by the build (`consentry:language-parts` in vite.config.ts).
interface ImportMeta {
  glob<Module>(pattern: string, options: { query: Record<string, string> }): Record<string, () => Promise<Module>>;
}
