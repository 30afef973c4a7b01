// Microsoft UET consent mode (SPEC §5), driven like Google's: UET knows one type, `ad_storage`,
// which follows the categories that grant Google's (the `marketing` category by default).
import { pushTo } from './page-queues';

/** Queues `uetq.push('consent', command, { ad_storage })` for the UET tag, loaded now or later. */
export function uetConsent(command: 'default' | 'update', adStorage: boolean): void {
  pushTo('uetq', 'consent', command, { ad_storage: adStorage ? 'granted' : 'denied' });
}
