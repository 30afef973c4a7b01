// The console's entry: mounts the app into the page the collector serves at /admin/.
import { render } from 'preact';
import { App } from './App';
import './console.css';

render(<App />, document.getElementById('console')!);
