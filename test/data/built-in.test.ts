import { expect } from '@open-wc/testing';
import { builtInDataset } from '../../src/data/networks.js';
import { LANGUAGES, TOPICS, type NetworkLinks } from '../../src/data/types.js';
import { readDataset } from '../../src/data/validate.js';

const { networks, topics } = builtInDataset;

describe('the built-in dataset', () => {
  // Which networks, and how many: test/node/dataset.test.js pins them to the source page.
  it('has networks, each with an id of its own', () => {
    expect(networks.length).to.be.greaterThan(0);
    expect(new Set(networks.map((n) => n.id)).size).to.equal(networks.length);
  });

  it('passes the validator that custom data goes through, unchanged', () => {
    const { dataset, rejected } = readDataset(builtInDataset, topics);
    expect(rejected).to.deep.equal([]);
    expect(dataset.networks).to.deep.equal(networks);
  });

  it('has a label in every language for every topic', () => {
    for (const topic of TOPICS) {
      for (const language of LANGUAGES) expect(topics[topic][language].trim()).not.to.equal('');
    }
  });

  it('uses every one of the six focus areas, and one to three topics per network', () => {
    const used = new Set(networks.flatMap((n) => n.topics));
    for (const topic of TOPICS.slice(0, 6)) expect(used, topic).to.include(topic);
    for (const n of networks) expect(n.topics.length, n.id).to.be.within(1, 3);
  });

  it('has a name and a summary in both languages, summaries short', () => {
    for (const n of networks) {
      for (const language of LANGUAGES) {
        expect(n.name[language].trim(), `${n.id} name.${language}`).not.to.equal('');
        expect(n.summary[language].length, `${n.id} summary.${language}`).to.be.within(40, 240);
      }
    }
  });

  it('links only to https pages, berlin.de pages on www.berlin.de', () => {
    for (const n of networks) {
      const { info = {}, website }: NetworkLinks = n.links ?? {};
      for (const url of Object.values(info)) expect(url).to.match(/^https:\/\/www\.berlin\.de\//);
      if (website) expect(website).to.match(/^https:\/\//);
    }
  });
});
