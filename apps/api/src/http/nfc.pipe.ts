import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
};

/**
 * Vietnamese text arrives composed (NFC) or decomposed (NFD) depending on the keyboard and the
 * system. Everything is stored NFC, so "Tây Ninh" is one string however it was typed.
 */
@Injectable()
export class NfcPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'body' ? normalize(value) : value;
  }
}
