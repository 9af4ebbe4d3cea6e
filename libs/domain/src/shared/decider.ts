/**
 * A decider in the sense of Jérémie Chassaing's pattern: `decide` turns an intent into facts,
 * `evolve` folds facts into state. Both are pure; the application supplies time and ids inside
 * the command and does all I/O around them.
 */
export interface Decider<Command, Event, State> {
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

/** Folds past events into the state a decider decides from. */
export const fold = <Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State => {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
};

/** Makes the compiler prove a switch covers every case of a union. */
export const assertNever = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};
