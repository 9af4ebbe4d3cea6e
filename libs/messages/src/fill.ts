/**
 * A catalogue's sentences name the facts they carry as `{name}` placeholders. A part in square
 * brackets is said only when every fact it names is known, so the same sentence serves the API,
 * which knows the revision or the id, and the console, which may not: `Không tìm thấy[ mã {id}].`
 */
export type MessageParams = Readonly<
  Record<string, string | number | readonly string[] | undefined>
>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const OPTIONAL_PART = /\[([^\]]*)\]/g;

const namesIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);

/** The facts a sentence must be given, and those it says only when given. */
export const placeholdersOf = (
  template: string,
): { readonly required: readonly string[]; readonly optional: readonly string[] } => ({
  required: namesIn(template.replace(OPTIONAL_PART, '')),
  optional: [...template.matchAll(OPTIONAL_PART)].flatMap((m) => namesIn(m[1]!)),
});

const valueOf = (params: MessageParams, name: string): string | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  return typeof value === 'object' ? value.join(', ') : String(value);
};

const replaceIn = (text: string, params: MessageParams): string =>
  text.replace(PLACEHOLDER, (whole, name: string) => valueOf(params, name) ?? whole);

/** The sentence with its facts in place; an optional part whose facts are missing is left out. */
export const fill = (template: string, params: MessageParams = {}): string =>
  replaceIn(
    template.replace(OPTIONAL_PART, (_whole, part: string) =>
      namesIn(part).every((name) => valueOf(params, name) !== undefined) ? part : '',
    ),
    params,
  );

/** A sentence begins with a capital, whichever label or word the template put first. */
export const capitalise = (sentence: string): string =>
  sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1);
