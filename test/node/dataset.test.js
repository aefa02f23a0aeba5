// Pins the built-in dataset to its source: the networks of the Senate
// Chancellery's "City Networks" page on berlin.de, by id, in the page's order.
// The only test that says how many networks there are or which: every other
// test derives them from the dataset, so adding or removing a network fails
// this test alone. Runs on the build output (lib/), so `npm run build` comes first.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { builtInDataset } from '../../lib/data/index.js';

const SOURCE_PAGE = 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/';

/** The networks of the source page, as it lists them, each by its id in the dataset. */
const SOURCE_PAGE_NETWORKS = [
  'baltmet', // Baltic Metropoles Network (BaltMet)
  'c40', // C40
  'climate-alliance', // Climate Alliance
  'eccar', // European Coalition of Cities against Racism (ECCAR)
  'eurocities', // Eurocities
  'fast-track-cities', // Fast-Track Cities Initiative to End Aids
  'global-compact', // Global Compact
  'icorn', // International Cities of Refuge Network (ICORN)
  'mayors-for-peace', // Mayors for Peace
  'metropolis', // Metropolis
  'owhc', // Organization of World Heritage Cities (OWHC)
  'rainbow-cities', // Rainbow Cities Network (RCN)
  'solidarity-cities', // Solidarity Cities
  'ucue', // Union of Capitals of the European Union (UCUE)
];

it(`the built-in dataset is the ${SOURCE_PAGE_NETWORKS.length} networks of the source page, in its order`, () => {
  const ids = builtInDataset.networks.map((network) => network.id);
  assert.deepEqual(
    ids,
    SOURCE_PAGE_NETWORKS,
    [
      `The built-in dataset (src/data/networks.ts) is not the ${SOURCE_PAGE_NETWORKS.length} networks of the source page, in its order.`,
      `  source page (${SOURCE_PAGE}):`,
      `    ${SOURCE_PAGE_NETWORKS.join(', ')}`,
      `  dataset (${ids.length}):`,
      `    ${ids.join(', ')}`,
      'A network added, removed or moved on purpose? Follow docs/data.md (the facts and',
      'their sources go to src/data/SOURCES.md), and when the source page has changed,',
      'update SOURCE_PAGE_NETWORKS in test/node/dataset.test.js to its networks, in its',
      'order. This is the only test that counts or lists the networks: the others derive',
      'them from the dataset.',
    ].join('\n'),
  );
});
