// Type-only entries (city-networks/react-jsx, /vue, /svelte) import nothing at run time.
export {};
