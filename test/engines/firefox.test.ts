import { runFlows } from './flows';
import { launchFirefox } from './firefox';

runFlows('Firefox ESR (WebDriver BiDi)', launchFirefox);
