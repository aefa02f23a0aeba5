// The server render of SsrApp (vite build --ssr): importing the element in
// Node defines nothing that breaks, and the HTML keeps its attributes.
import 'city-networks';
import { renderToString } from 'react-dom/server';
import { SsrApp } from './SsrApp.js';

export const render = () => renderToString(<SsrApp />);
