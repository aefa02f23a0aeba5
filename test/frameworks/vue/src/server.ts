// The server render of SsrApp (vite build --ssr): importing the element in
// Node throws nothing, and the HTML keeps its attributes.
import 'city-networks';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import SsrApp from './SsrApp.vue';

export const render = () => renderToString(createSSRApp(SsrApp));
