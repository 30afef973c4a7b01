import { launchChromium } from './chromium';
import { runFlows } from './flows';

runFlows('Chromium (Playwright)', launchChromium);
