/** @jsxImportSource preact */
// A Preact app with @preact/signals, which makes components follow the signals they read.
import '@preact/signals';
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
