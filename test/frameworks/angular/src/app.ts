import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { CityNetworksChangeDetail, CityNetworksErrorDetail } from 'city-networks';
import appNetworks from '../../networks.json';

Object.assign(window, { appNetworks });

/**
 * Angular binds [networks] as a property. `lang` is bound as an attribute:
 * [lang] would set the property to "undefined" while unset, where
 * [attr.lang] with null removes the attribute and the page's language counts.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <div id="app" [attr.lang]="appLang()">
      <button id="lang" (click)="appLang.set(appLang() === 'de' ? 'en' : 'de')">Language</button>
      <button id="own-lang" (click)="ownLang.set('en')">Own language</button>
      <button id="bad-src" (click)="src.set('/test/slow-missing.json')">Bad src</button>
      <button id="mount" (click)="mounted.set(!mounted())">Mount</button>
      <output id="topics">{{ topics().join(' ') }}</output>
      <output id="updates">{{ updates() }}</output>
      <output id="error">{{ error() }}</output>
      @if (mounted()) {
        <city-networks
          [attr.lang]="ownLang()"
          [attr.topics]="topics().join(' ')"
          heading-level="2"
          [networks]="networks"
          [attr.src]="src()"
          (city-networks-change)="onChange($event)"
          (city-networks-error)="onError($event)"
        ></city-networks>
      }
    </div>
  `,
})
export class App {
  protected readonly networks = appNetworks;
  protected readonly appLang = signal('de');
  protected readonly ownLang = signal<string | null>(null);
  protected readonly topics = signal(['climate']);
  protected readonly updates = signal(0);
  protected readonly src = signal<string | null>(null);
  protected readonly error = signal('');
  protected readonly mounted = signal(true);

  protected onChange(event: CustomEvent<CityNetworksChangeDetail>): void {
    this.topics.set(event.detail.topics);
    this.updates.update((count) => count + 1);
  }

  protected onError(event: CustomEvent<CityNetworksErrorDetail>): void {
    this.error.set(event.detail.message);
  }
}
