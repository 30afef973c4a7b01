// The receipts module of one instance, brought in only when it is needed: the script-tag build
// ships it apart from the loader (src/receipts/start-receipts.ts says why), so a page that records
// nothing and has nothing waiting never downloads it.
import type { ReceiptEvent } from '../model/consent';
import type { Settings } from '../model/config';
import { reportError } from '../model/report';
import type { LoadReceipts, OutboxMarker, startReceipts } from '../receipts/start-receipts';

type Receipts = ReturnType<typeof startReceipts>;

/**
 * `withReceipts(use)` runs `use` with the receipts module, started once, imported when first
 * needed: a decision, the interface shown, or receipts waiting. One that failed to load is
 * imported again at the next need, and when the browser is back online (`page`: not in server
 * rendering): what needed it then gets it, so the receipt of a decision made offline, on a page
 * that had not loaded the module yet, is not lost (unless the instance is destroyed first; the
 * choice is stored either way). `stop` stops it at once, or once it is there: receipts recorded
 * before are still built and sent, since each record() was queued first.
 *
 * Positional arguments and a pair, not option objects: this runs in the loader every page view
 * downloads, where every name that survives minification costs bytes.
 */
export function createReceiptsLoader(
  settings: Settings,
  load: LoadReceipts,
  marker: OutboxMarker,
  emit: (event: ReceiptEvent) => void,
  page: Document | undefined,
  destroyed: () => boolean,
): [withReceipts: (use?: (started: Receipts) => unknown) => Promise<unknown>, stop: () => void] {
  let receipts: Promise<Receipts> | undefined;
  let started: Receipts | undefined;

  function withReceipts(use?: (started: Receipts) => unknown): Promise<unknown> {
    return (receipts ??= load().then(({ startReceipts }) => (started = startReceipts(settings, emit, marker)))).then(use, (error: unknown) => {
      receipts = undefined;
      reportError(`receipts could not be loaded (${error}).`);
      if (page) addEventListener('online', () => destroyed() || withReceipts(use), { once: true });
    });
  }

  const stop = () =>
    started
      ? started.stop()
      : receipts?.then(
          (later) => later.stop(),
          () => {},
        );
  return [withReceipts, stop];
}
