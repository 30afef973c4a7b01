import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

hydrateRoot(document.getElementById('root')!, <App naive={location.search === '?naive'} />, {
  // React's production build reports a hydration mismatch here (error #418); the test reads it.
  onRecoverableError: (error) => console.error(`recoverable: ${String(error)}`),
});
