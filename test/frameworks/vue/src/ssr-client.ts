import 'city-networks';
import { createSSRApp } from 'vue';
import appNetworks from '../../networks.json';
import SsrApp from './SsrApp.vue';

Object.assign(window, { appNetworks });
// Hydrates the server's HTML.
createSSRApp(SsrApp).mount('#root');
