/**
 * Runs `work` and counts the turns the event loop took meanwhile: 0 when it ran as one chain of
 * microtasks, holding timers, I/O and every other request until it ended.
 */
export const turnsDuring = async <T>(
  work: () => Promise<T>,
): Promise<{ readonly result: T; readonly turns: number }> => {
  let turns = 0;
  let running = true;
  const count = () => {
    if (!running) return;
    turns += 1;
    setImmediate(count);
  };
  setImmediate(count);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
};
