import 'city-networks';
import { hydrateRoot } from 'react-dom/client';
import appNetworks from '../../networks.json';
import { SsrApp } from './SsrApp.js';

Object.assign(window, { appNetworks });
hydrateRoot(document.getElementById('root')!, <SsrApp />);
