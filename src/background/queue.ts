// One queue for storage writes that read, modify and write back: each task starts when the previous one has
// settled, so two frames reporting at once cannot overwrite each other (issue 17: a page with four report iframes
// recorded 2 of 4). A failed task does not stop the ones after it; its caller still sees the error.
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
