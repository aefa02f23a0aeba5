/** How long a dataset may take to arrive before the element gives up. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches and parses a JSON dataset. Aborts when `signal` does (the `src`
 * changed or the element left the page) or after the timeout, rejecting with
 * the reason: an `AbortError` or a `TimeoutError`.
 */
export async function fetchDataset(
  url: string,
  signal: AbortSignal,
  timeout = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  // One signal for both, by hand: `AbortSignal.any` and a timeout signal
  // that aborts with a `TimeoutError` come after the browser floor
  // (Safari 17.4; Chrome 116 and 124).
  const either = new AbortController();
  const stop = () => either.abort(signal.reason);
  const timer = setTimeout(
    () => either.abort(new DOMException(`no answer in ${timeout} ms`, 'TimeoutError')),
    timeout,
  );
  signal.addEventListener('abort', stop);
  if (signal.aborted) stop();
  try {
    const response = await fetch(url, { signal: either.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    throw either.signal.aborted ? either.signal.reason : error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
