import { expect } from '@open-wc/testing';
import { builtInDataset } from '../../src/data/networks.js';
import { DatasetError, readDataset } from '../../src/data/validate.js';

const valid = {
  id: 'alpha',
  name: { de: 'Alpha-Netz', en: 'Alpha network' },
  summary: { de: 'Über Alpha.', en: 'About alpha.' },
  topics: ['climate'],
};
const read = (networks: unknown, topics?: unknown) =>
  readDataset(topics === undefined ? networks : { topics, networks }, builtInDataset.topics);

describe('readDataset: records left out', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a javascript: website', { links: { website: 'javascript:alert(1)' } }, /links\.website/],
    [
      'a data: info link',
      { links: { info: { en: 'data:text/html,<b>x</b>' } } },
      /links\.info\.en/,
    ],
    ['a relative URL', { links: { website: '/networks/alpha' } }, /links\.website/],
    ['a protocol-relative URL', { links: { website: '//evil.example' } }, /links\.website/],
    ['an id with spaces', { id: 'al pha' }, /"id"/],
    ['an id that is a number', { id: 7 }, /"id"/],
    ['no name', { name: undefined }, /"name"/],
    ['an empty name', { name: { de: ' ', en: '' } }, /"name\.(de|en)"/],
    ['a name that is a string', { name: 'Alpha' }, /"name"/],
    ['a name in no known language', { name: { fr: 'Alpha' } }, /"name" must be in "de" or "en"/],
    ['no topics', { topics: [] }, /"topics"/],
    ['an unlabelled topic', { topics: ['sports'] }, /sports/],
    ['a negative member count', { members: { count: -1 } }, /members\.count/],
    ['an unknown qualifier', { members: { count: 5, qualifier: 'roughly' } }, /qualifier/],
    ['a year as text', { founded: '1990' }, /founded/],
    ['a year out of range', { berlinSince: 20006 }, /berlinSince/],
    ['an empty abbreviation', { abbreviation: '' }, /abbreviation/],
  ];
  for (const [what, change, reason] of cases) {
    it(`leaves out a record with ${what}, saying why`, () => {
      const { dataset, rejected } = read([
        { ...valid, ...change },
        { ...valid, id: 'beta' },
      ]);
      expect(dataset.networks.map((n) => n.id)).to.deep.equal(['beta']);
      expect(rejected).to.have.length(1);
      expect(rejected[0]).to.match(reason);
    });
  }

  it('leaves out the second record with an id already used', () => {
    const { dataset, rejected } = read([valid, { ...valid, name: { en: 'Other' } }]);
    expect(dataset.networks).to.have.length(1);
    expect(rejected[0]).to.match(/"alpha": "id" must be unique/);
  });

  it('names a record without an id by its position', () => {
    const { rejected } = read([valid, null]);
    expect(rejected).to.deep.equal(['#2: "network" must be an object']);
  });
});

describe('readDataset: records kept', () => {
  it('keeps HTML in text as plain text', () => {
    const name = { en: '<img src=x onerror=alert(1)>' };
    const { dataset } = read([{ ...valid, name }]);
    expect(dataset.networks[0]!.name.en).to.equal(name.en);
  });

  it('keeps a record with one language only', () => {
    const { dataset } = read([{ ...valid, summary: { de: 'Nur Deutsch.' } }]);
    expect(dataset.networks[0]!.summary).to.deep.equal({ de: 'Nur Deutsch.' });
  });

  it('copies known fields only, with text trimmed', () => {
    const { dataset } = read([
      {
        ...valid,
        name: { en: '  Alpha  ' },
        evil: '<script>',
        members: { count: 3, qualifier: 'about' },
        links: { website: 'HTTPS://Alpha.Example' },
      },
    ]);
    expect(dataset.networks[0]).to.deep.equal({
      ...valid,
      name: { en: 'Alpha' },
      members: { count: 3, qualifier: 'about' },
      links: { website: 'HTTPS://Alpha.Example' },
    });
  });

  it('accepts topic labels the dataset defines', () => {
    const { dataset } = read([{ ...valid, topics: ['sports'] }], { sports: { en: 'Sports' } });
    expect(dataset.topics.sports).to.deep.equal({ en: 'Sports' });
    expect(dataset.topics.climate).to.deep.equal(builtInDataset.topics.climate);
  });
});

describe('readDataset: unusable datasets', () => {
  const cases: [string, unknown, RegExp][] = [
    ['null', null, /"networks" must be an array/],
    ['a string', 'networks', /"networks" must be an array/],
    ['an object without networks', { topics: {} }, /"networks" must be an array/],
    ['an empty list', [], /no networks/],
    ['only invalid records', [{ id: 'x' }], /no valid network/],
    ['bad topic labels', { topics: { sports: 'Sports' }, networks: [valid] }, /topics\.sports/],
  ];
  for (const [what, input, message] of cases) {
    it(`throws a DatasetError for ${what}`, () => {
      expect(() => readDataset(input, builtInDataset.topics))
        .to.throw(DatasetError)
        .with.property('message')
        .that.matches(message);
    });
  }
});
