/**
 * A fact a decider records: its type, and the data the log keeps for it. Every event of every
 * aggregate has this one shape, which the event store, the upcasters and the projections read.
 */
export type Event<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;

/**
 * An intent put to a decider: its type, and the data the caller gave. What the application
 * looked up for the decision (an agency's standing, a calendar) travels beside `data`, added
 * with `&`, so that it never reaches the event by accident of spreading `data`.
 */
export type Command<Type extends string, Data> = Readonly<{ type: Type; data: Readonly<Data> }>;
