/** How long a dataset may take to arrive before the element gives up. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches and parses a JSON dataset. Aborts when `signal` does (the `src`
 * changed or the element left the page) or after the timeout.
 */
export async function fetchDataset(
  url: string,
  signal: AbortSignal,
  timeout = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  const response = await fetch(url, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
