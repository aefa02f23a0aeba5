import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
// The element is defined after the app's first render.
void import('city-networks');
