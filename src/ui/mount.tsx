import { render } from 'preact';
import type { ConsentInternals, UiModule } from '../core/consent';

function Banner({ internals }: { internals: ConsentInternals }) {
  const everything = (granted: boolean) =>
    Object.fromEntries(internals.settings.categories.map(({ name }) => [name, granted]));
  return (
    <section role="region" aria-label="Cookie consent" data-state="banner">
      <p>We use cookies for optional features. Choose which ones you allow.</p>
      <button type="button" onClick={() => internals.decide(everything(true), 'banner.accept_all')}>
        Accept all
      </button>
      <button type="button" onClick={() => internals.decide(everything(false), 'banner.reject_all')}>
        Reject all
      </button>
    </section>
  );
}

/** Renders the interface into an open shadow root at the end of `<body>`, following the view. */
export const mountUI: UiModule["mountUI"] = (consent, internals) => {
  const host = document.createElement('consentry-root');
  const root = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  const draw = () => render(consent.view ? <Banner internals={internals} /> : null, root);
  draw();
  const stop = consent.on('view', draw);
  return () => {
    stop();
    render(null, root);
    host.remove();
  };
};
