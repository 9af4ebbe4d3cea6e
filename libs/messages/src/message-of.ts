import { en } from './en';
import { capitalise, fill, type MessageParams } from './fill';
import type { Catalogue } from './catalogue';
import type { Locale } from './locale';
import { vi } from './vi';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { vi, en };

/** `<subject>.<field>-required|-invalid` and `<subject>.data-required`, the shape checks' codes. */
const SHAPE_CODE = /^([a-z-]+)\.(?:(data)-required|([a-z-]+)-(required|invalid))$/;

/** The shape sentence of a code, when the code is a shape check's and both its words are known. */
const shapeTemplateOf = (code: string, catalogue: Catalogue): string | undefined => {
  const match = SHAPE_CODE.exec(code);
  if (!match) return undefined;
  const [, subjectCode = '', data, fieldCode = '', form] = match;
  const words = catalogue.shape;
  const subject = words.subjects[subjectCode];
  if (subject === undefined) return undefined;
  if (data !== undefined) return fill(words.dataRequired, { subject });
  const field = words.fields[fieldCode];
  if (field === undefined) return undefined;
  return fill(form === 'required' ? words.required : words.invalid, { subject, field });
};

/**
 * The sentence written for a problem code, its facts still as placeholders; undefined when
 * the catalogue has none (the specs use this to find a code without text).
 */
export const templateOf = (code: string, locale: Locale): string | undefined => {
  const catalogue = CATALOGUES[locale];
  const own: string | undefined =
    (catalogue.rules as Readonly<Record<string, string>>)[code] ?? catalogue.problems[code];
  return own ?? shapeTemplateOf(code, catalogue);
};

/** The sentence for a problem's `code` in this language, with the facts given. */
export const messageOf = (code: string, locale: Locale, params: MessageParams = {}): string =>
  capitalise(fill(templateOf(code, locale) ?? CATALOGUES[locale].unknownProblem, params));

/** Paths name list items by position (`commitments.0.dueOn`); labels do not. */
const withoutPositions = (field: string): string =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');

/** The label written for a field, by its path or else its own name; undefined when none is. */
export const labelOf = (field: string, locale: Locale): string | undefined => {
  const labels = CATALOGUES[locale].fields;
  const path = withoutPositions(field);
  return labels[path] ?? labels[path.split('.').at(-1) ?? ''];
};

/** A field as a sentence names it: its label, or its name in quotes when it has none (a field no request has). */
export const fieldName = (field: string, locale: Locale): string =>
  labelOf(field, locale) ?? `“${field}”`;

/** A field at fault as the API reports it (`errors[]` of a 400). */
export interface FieldErrorLike {
  readonly field: string;
  readonly code: string;
  readonly limit?: number;
  readonly allowed?: readonly string[];
  readonly other?: string;
}

/** The sentence for a field at fault: its constraint's, naming the field and the other by their labels. */
export const fieldErrorMessage = (error: FieldErrorLike, locale: Locale): string => {
  const catalogue = CATALOGUES[locale];
  const template = catalogue.constraints[error.code] ?? catalogue.unknownConstraint;
  return capitalise(
    fill(template, {
      field: fieldName(error.field, locale),
      limit: error.limit,
      allowed: error.allowed?.map((value) => `“${value}”`),
      other: error.other === undefined ? undefined : fieldName(error.other, locale),
    }),
  );
};
