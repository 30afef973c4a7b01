// The console: the token form until the collector accepts a token, then the dashboard. A token the
// collector later refuses (changed, or the collector restarted with another) brings the form back.
import { Dashboard } from './Dashboard';
import { adminToken } from './session';
import { TokenForm } from './TokenForm';

export function App() {
  return adminToken.value === null ? <TokenForm /> : <Dashboard />;
}
