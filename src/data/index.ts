/** The data layer on its own: no `lit`, no element, usable in Node too. */
export { builtInDataset } from './networks.js';
export { readDataset, DatasetError, type ReadResult } from './validate.js';
export { parseTopicList, selectNetworks, filterTopics, toggleTopic } from './select.js';
export * from './types.js';
