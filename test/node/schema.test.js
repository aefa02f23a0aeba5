// The JSON Schema that ships with the package, checked against the built-in
// data and against the validator the element runs on custom data.
// Runs on the build output (lib/), so `npm run build` comes first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { builtInDataset, LANGUAGES, readDataset } from '../../lib/data/index.js';

const schema = JSON.parse(
  await readFile(new URL('../../schema/city-networks.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);

const record = {
  id: 'alpha',
  name: { de: 'Alpha-Netz', en: 'Alpha network' },
  summary: { en: 'About alpha.' },
  topics: ['climate'],
};

describe('schema/city-networks.schema.json', () => {
  it('knows the languages the widget renders in (a new language goes into the schema too)', () => {
    const languages = [...LANGUAGES].sort();
    const { localizedText, network } = schema.$defs;
    assert.deepEqual(Object.keys(localizedText.properties).sort(), languages);
    assert.deepEqual(
      Object.keys(network.properties.links.properties.info.properties).sort(),
      languages,
    );
  });

  it('accepts the built-in dataset', () => {
    const valid = validate(JSON.parse(JSON.stringify(builtInDataset)));
    assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
  });

  // Each of these the element leaves out too: schema and validator agree.
  const invalid = {
    'a javascript: URL': { links: { website: 'javascript:alert(1)' } },
    'a data: URL': { links: { info: { en: 'data:text/html,x' } } },
    'a relative URL': { links: { website: '/alpha' } },
    'an id with capitals': { id: 'Alpha' },
    'no topics': { topics: [] },
    'an empty summary': { summary: { en: '' } },
    'a name in no known language': { name: { fr: 'Alpha' } },
    'an unknown qualifier': { members: { count: 3, qualifier: 'roughly' } },
    'a negative member count': { members: { count: -3 } },
    'a year as text': { founded: '1990' },
  };
  for (const [what, change] of Object.entries(invalid)) {
    it(`rejects a record with ${what}, as the element does`, () => {
      const bad = { ...record, ...change };
      assert.equal(validate({ networks: [bad] }), false);
      const { rejected } = readDataset({ networks: [bad, record] }, builtInDataset.topics);
      assert.equal(rejected.length, 1);
    });
  }

  it('accepts the example file demo/custom-networks.json, as the element does', async () => {
    const example = JSON.parse(
      await readFile(new URL('../../demo/custom-networks.json', import.meta.url), 'utf8'),
    );
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
    assert.deepEqual(readDataset(example, builtInDataset.topics).rejected, []);
  });

  it('accepts a minimal record and custom topic labels, as the element does', () => {
    const dataset = {
      topics: { sports: { en: 'Sports' } },
      networks: [record, { ...record, id: 'beta', topics: ['sports'] }],
    };
    assert.equal(validate(dataset), true, JSON.stringify(validate.errors));
    assert.deepEqual(readDataset(dataset, builtInDataset.topics).rejected, []);
  });
});
