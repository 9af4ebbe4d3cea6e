import type { EventMetadata } from '../port/envelope';
import { canonicalJson } from './canonical-json';

const ACTOR_KEYS = new Set(['agencyId', 'role', 'userId', 'username']);
const METADATA_KEYS = new Set([
  'actor',
  'causationId',
  'command',
  'correlationId',
  'legalBasis',
  'recordedAt',
]);

const onlyKnownKeys = (object: object, known: ReadonlySet<string>): boolean => {
  for (const key in object) if (!known.has(key)) return false;
  return true;
};

const member = (key: string, value: string | undefined, comma = true): string =>
  value === undefined ? '' : `${comma ? ',' : ''}"${key}":${JSON.stringify(value)}`;

/**
 * The canonical text of an event's metadata. Metadata nearly always has the same known shape,
 * so its members are written in their sorted order directly — the same text canonicalJson
 * gives, at a fraction of the cost on the append path. Anything else takes the general path.
 */
export const canonicalMetadataJson = (metadata: EventMetadata): string => {
  const { actor } = metadata;
  const usual =
    typeof actor === 'object' &&
    actor !== null &&
    onlyKnownKeys(metadata, METADATA_KEYS) &&
    onlyKnownKeys(actor, ACTOR_KEYS) &&
    [
      actor.role,
      actor.userId,
      actor.username,
      metadata.causationId,
      metadata.command,
      metadata.correlationId,
      metadata.recordedAt,
    ].every((v) => typeof v === 'string') &&
    [actor.agencyId, metadata.legalBasis].every((v) => v === undefined || typeof v === 'string');
  if (!usual) return canonicalJson(metadata);
  const actorJson =
    `{${member('agencyId', actor.agencyId, false)}${member('role', actor.role, actor.agencyId !== undefined)}` +
    `${member('userId', actor.userId)}${member('username', actor.username)}}`;
  return (
    `{"actor":${actorJson}${member('causationId', metadata.causationId)}${member('command', metadata.command)}` +
    `${member('correlationId', metadata.correlationId)}${member('legalBasis', metadata.legalBasis)}` +
    `${member('recordedAt', metadata.recordedAt)}}`
  );
};
