/** @jsxImportSource preact */
// The README's Preact recipe: nothing to add. A component that reads consent.signals.state.value
// re-renders after every decision, through the app's @preact/signals (imported in main.tsx).
import { consent } from './consent';

export function App() {
  const { categories } = consent.signals.state.value;
  return (
    <main>
      <p id="analytics">{categories.analytics ? 'Statistics on' : 'Statistics off'}</p>
      <button type="button" onClick={() => consent.set({ analytics: true })}>
        Allow statistics
      </button>
      <button type="button" onClick={() => consent.showPreferences()}>
        Cookie preferences
      </button>
    </main>
  );
}
