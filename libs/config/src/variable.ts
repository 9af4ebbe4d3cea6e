/** What an operator needs to know about one environment variable; README and .env.example say the same. */
export interface VariableDescription {
  readonly name: string;
  /** The value used when the variable is unset or empty, as one would write it in `.env`. */
  readonly default?: string;
  /** What happens when it is unset and has no default value (a key generated, jobs in-process…). */
  readonly whenUnset?: string;
  /** The values it accepts, as the refusal at start says them: "… must be <accepts>". */
  readonly accepts: string;
  /** One line of what it changes. */
  readonly means: string;
  /** A password or key: a refusal never repeats its value. */
  readonly secret?: boolean;
}

const described = new WeakMap<object, VariableDescription[]>();

/** Declares a field of the environment schema as a variable, with what an operator reads about it. */
export const Variable =
  (description: Omit<VariableDescription, 'name'>): PropertyDecorator =>
  (target, name) => {
    const list = described.get(target) ?? [];
    list.push({ name: String(name), ...description });
    described.set(target, list);
  };

/** The variables a schema class declares, in the order it declares them. */
export const variablesOf = (schema: abstract new () => object): readonly VariableDescription[] =>
  described.get(schema.prototype) ?? [];
