// How this project starts Debian's Chromium, for the tests, the bench and the
// screenshots alike. As root it needs --no-sandbox; on a closed network the
// background-networking flags keep it from trying (and failing) to phone home.
export const CHROMIUM_PATH = process.env.CITY_NETWORKS_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
