// The banner's markup, prerendered by the build (scripts/prerender-banner.tsx through the vite
// plugin `consentry:banner-markup` in vite.config.ts).
declare module 'virtual:consentry/banner' {
  const banner: Record<'section' | 'dialog', import('./markup').Markup>;
  export default banner;
}
