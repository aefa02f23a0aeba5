import { expect } from '@open-wc/testing';
import {
  filterTopics,
  parseTopicList,
  selectNetworks,
  toggleTopic,
} from '../../src/data/select.js';
import type { Network } from '../../src/data/types.js';

const network = (id: string, ...topics: string[]): Network => ({
  id,
  name: { en: id },
  summary: { en: id },
  topics,
});
const networks = [
  network('a', 'climate'),
  network('b', 'culture', 'economy'),
  network('c', 'economy'),
];

describe('parseTopicList', () => {
  const cases: [string | null, string[]][] = [
    [null, []],
    ['', []],
    ['climate', ['climate']],
    ['climate culture', ['climate', 'culture']],
    ['climate,culture', ['climate', 'culture']],
    [' climate ,  culture,,economy ', ['climate', 'culture', 'economy']],
    ['climate climate', ['climate']],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => {
      expect(parseTopicList(input)).to.deep.equal(expected);
    });
  }
});

describe('selectNetworks', () => {
  const cases: [string[], string[]][] = [
    [[], ['a', 'b', 'c']],
    [['climate'], ['a']],
    [['economy'], ['b', 'c']],
    [
      ['climate', 'economy'],
      ['a', 'b', 'c'],
    ],
    [
      ['culture', 'climate'],
      ['a', 'b'],
    ],
    [['peace'], []],
  ];
  for (const [selected, expected] of cases) {
    it(`shows ${expected.join(',') || 'nothing'} for [${selected}] (OR, in dataset order)`, () => {
      expect(selectNetworks(networks, selected).map((n) => n.id)).to.deep.equal(expected);
    });
  }
});

describe('filterTopics', () => {
  const labelled = ['climate', 'economy', 'science', 'culture', 'peace'];
  it('offers labelled topics in use, in label order', () => {
    expect(filterTopics(labelled, networks, [])).to.deep.equal(['climate', 'economy', 'culture']);
  });
  it('also offers a selected topic no network uses, so it can be unselected', () => {
    expect(filterTopics(labelled, networks, ['peace'])).to.deep.equal([
      'climate',
      'economy',
      'culture',
      'peace',
    ]);
  });
});

describe('toggleTopic', () => {
  it('adds a topic at the end', () => {
    expect(toggleTopic(['climate'], 'culture')).to.deep.equal(['climate', 'culture']);
  });
  it('removes a selected topic and keeps the order of the rest', () => {
    expect(toggleTopic(['a', 'b', 'c'], 'b')).to.deep.equal(['a', 'c']);
  });
  it('returns a new array', () => {
    const selected = ['a'];
    expect(toggleTopic(selected, 'b')).not.to.equal(selected);
    expect(selected).to.deep.equal(['a']);
  });
});
