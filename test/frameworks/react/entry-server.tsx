import { renderToString } from 'react-dom/server';
import { App } from './App';

export const render = (naive: boolean): string => renderToString(<App naive={naive} />);
