import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app.js';

await bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
// The element is defined after the app's first render.
void import('city-networks');
