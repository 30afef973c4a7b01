import { runFlows } from './flows';
import { launchWebKit } from './webkit';

runFlows('WebKitGTK (WebDriver)', launchWebKit);
