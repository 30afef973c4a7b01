// How the unit tests' instances bring in the receipts module: already imported, so a receipt
// takes the same few microtasks in every test, whichever test imported the module first.
import * as receiptsModule from '../../src/receipts/start-receipts';
import type { LoadReceipts } from '../../src/receipts/start-receipts';

export const loadReceipts: LoadReceipts = async () => receiptsModule;
