// Every history write (a page's save, an import, a deletion, a new limit) runs here, one at a time. Reads and
// writes of storage.local interleave at each await: 20 saves at once used to leave 1 entry (issue 17). Across the
// extension's own pages and its background (one origin) the Web Locks API serialises them; where it is missing
// (unit tests in jsdom) a promise chain does the same within the one context there is.
import { recordHistoryError } from './errors';

const LOCK_NAME = 'nianbao-check:history';
let tail: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(LOCK_NAME, task);
  const result = tail.then(task, task);
  tail = result.catch(() => undefined);
  return result;
}

/** Run `task` alone; a storage error is recorded for the popup and the options page, then rethrown. */
export async function inHistoryQueue<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await serialised(task);
  } catch (error) {
    await recordHistoryError(error);
    throw error;
  }
}
