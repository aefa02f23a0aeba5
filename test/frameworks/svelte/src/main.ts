import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
// The element is defined after the app's first render.
void import('city-networks');
