import * as grpc from '@grpc/grpc-js';
import { randomUUID as uuid } from 'node:crypto';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as pb from '@eventstore/db-client/generated/streams_pb';
import type { EmulatorLog, Expected, StoredEvent } from './emulator-log';

/**
 * Streams.Read/Append/Delete/Tombstone as EventStoreDB 23 answers them, as far as the adapter
 * relies on it. BatchAppend is not offered (ServerFeatures does not list it), so clients fall
 * back to Append.
 */
const text = (value: Uint8Array | string) =>
  typeof value === 'string'
    ? Buffer.from(value, 'base64').toString('utf8')
    : Buffer.from(value).toString('utf8');

const streamNameOf = (identifier: shared.StreamIdentifier | undefined) =>
  text(identifier?.getStreamName() ?? '');

const identifierOf = (streamName: string) => {
  const identifier = new shared.StreamIdentifier();
  identifier.setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));
  return identifier;
};

/** An error as the server sends it: a status, and the details in trailing metadata. */
const serverError = (code: grpc.status, details: string, metadata: Record<string, string>) => {
  const trailers = new grpc.Metadata();
  for (const [key, value] of Object.entries(metadata)) trailers.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata: trailers });
};

const streamDeleted = (streamName: string) =>
  serverError(grpc.status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': streamName,
  });

/** The expected revision of an Append, Delete or Tombstone (the same oneof in all three). */
const expectedOf = (
  options: pb.AppendReq.Options | pb.DeleteReq.Options | pb.TombstoneReq.Options,
): Expected => {
  if (options.hasRevision()) return { kind: 'revision', revision: BigInt(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'stream-exists' };
  return { kind: 'any' };
};

/**
 * Delete and Tombstone report a wrong expected revision as the server does: FAILED_PRECONDITION
 * with the details in trailing metadata (`exception`, `stream-name`, `expected-version`,
 * `actual-version`), not in a response message as Append does.
 */
const wrongExpectedVersion = (streamName: string, expected: Expected, actual: bigint | undefined) =>
  serverError(grpc.status.FAILED_PRECONDITION, `Wrong expected version for ${streamName}.`, {
    exception: 'wrong-expected-version',
    'stream-name': streamName,
    'expected-version': expected.kind === 'revision' ? expected.revision.toString() : '-1',
    ...(actual !== undefined && { 'actual-version': actual.toString() }),
  });

/** Whether a delete's expectation holds for the stream as it is. */
const holds = (expected: Expected, current: bigint | undefined) =>
  expected.kind === 'any' ||
  (expected.kind === 'no-stream' && current === undefined) ||
  (expected.kind === 'stream-exists' && current !== undefined) ||
  (expected.kind === 'revision' && current === expected.revision);

const readEvent = (event: StoredEvent) => {
  const recorded = new pb.ReadResp.ReadEvent.RecordedEvent();
  const id = new shared.UUID();
  id.setString(event.eventId);
  recorded.setId(id);
  recorded.setStreamIdentifier(identifierOf(event.streamName));
  recorded.setStreamRevision(event.revision.toString());
  recorded.setPreparePosition(event.position.toString());
  recorded.setCommitPosition(event.position.toString());
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', event.contentType);
  recorded.getMetadataMap().set('created', event.created.toString());
  recorded.setData(event.data);
  recorded.setCustomMetadata(event.customMetadata);
  const read = new pb.ReadResp.ReadEvent();
  read.setEvent(recorded);
  read.setCommitPosition(event.position.toString());
  const resp = new pb.ReadResp();
  resp.setEvent(read);
  return resp;
};

/** A server-side filter: on the stream name or the event type, by regex or prefixes. */
const filterOf = (options: pb.ReadReq.Options): ((event: StoredEvent) => boolean) => {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter()!;
  const onType = filter.hasEventType();
  const expression = onType ? filter.getEventType()! : filter.getStreamIdentifier()!;
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression.getPrefixList();
  return (event) => {
    const subject = onType ? event.type : event.streamName;
    if (regex && !regex.test(subject)) return false;
    return prefixes.length === 0 || prefixes.some((prefix) => subject.startsWith(prefix));
  };
};

/** Delete and Tombstone alike: refuse a tombstoned stream or a wrong revision, else remove it. */
const removeStream = <R>(
  log: EmulatorLog,
  options: pb.DeleteReq.Options | pb.TombstoneReq.Options,
  how: 'delete' | 'tombstone',
  callback: grpc.sendUnaryData<R>,
  answer: () => R,
) => {
  const streamName = streamNameOf(options.getStreamIdentifier());
  if (log.isTombstoned(streamName)) return callback(streamDeleted(streamName));
  const current = log.stream(streamName)?.at(-1)?.revision;
  const expected = expectedOf(options);
  if (!holds(expected, current))
    return callback(wrongExpectedVersion(streamName, expected, current));
  if (how === 'delete') log.delete(streamName);
  else log.tombstone(streamName);
  callback(null, answer());
};

export const streamsService = (log: EmulatorLog): grpc.UntypedServiceImplementation => ({
  append(
    call: grpc.ServerReadableStream<pb.AppendReq, pb.AppendResp>,
    callback: grpc.sendUnaryData<pb.AppendResp>,
  ) {
    let options: pb.AppendReq.Options | undefined;
    const proposed: pb.AppendReq.ProposedMessage[] = [];
    call.on('data', (req: pb.AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      else if (req.hasProposedMessage()) proposed.push(req.getProposedMessage()!);
    });
    call.on('error', () => undefined);
    call.on('end', () => {
      if (!options)
        return callback(serverError(grpc.status.INVALID_ARGUMENT, 'No options sent.', {}));
      const streamName = streamNameOf(options.getStreamIdentifier());
      const outcome = log.append(
        streamName,
        expectedOf(options),
        proposed.map((message) => ({
          eventId: message.getId()!.getString(),
          type: message.getMetadataMap().get('type') ?? '',
          contentType: message.getMetadataMap().get('content-type') ?? 'application/octet-stream',
          data: message.getData_asU8(),
          customMetadata: message.getCustomMetadata_asU8(),
        })),
      );
      const resp = new pb.AppendResp();
      if ('deleted' in outcome) return callback(streamDeleted(streamName));
      if (!outcome.ok) {
        const wrong = new pb.AppendResp.WrongExpectedVersion();
        if (outcome.current === undefined) wrong.setCurrentNoStream(new shared.Empty());
        else wrong.setCurrentRevision(outcome.current.toString());
        const expected = expectedOf(options);
        if (expected.kind === 'revision') wrong.setExpectedRevision(expected.revision.toString());
        else if (expected.kind === 'no-stream') wrong.setExpectedNoStream(new shared.Empty());
        else if (expected.kind === 'stream-exists')
          wrong.setExpectedStreamExists(new shared.Empty());
        else wrong.setExpectedAny(new shared.Empty());
        resp.setWrongExpectedVersion(wrong);
        return callback(null, resp);
      }
      const success = new pb.AppendResp.Success();
      success.setCurrentRevision(outcome.revision.toString());
      const position = new pb.AppendResp.Position();
      position.setCommitPosition(outcome.position.toString());
      position.setPreparePosition(outcome.position.toString());
      success.setPosition(position);
      resp.setSuccess(success);
      callback(null, resp);
    });
  },

  read(call: grpc.ServerWritableStream<pb.ReadReq, pb.ReadResp>) {
    const options = call.request.getOptions()!;
    const backwards = options.getReadDirection() === pb.ReadReq.Options.ReadDirection.BACKWARDS;
    const matches = filterOf(options);
    const write = (resp: pb.ReadResp) => {
      if (!call.cancelled && !call.writableEnded) call.write(resp);
    };

    // Where reading starts, and which events belong to this read at all.
    let source: () => readonly StoredEvent[];
    let after: (event: StoredEvent) => boolean;
    let streamName: string | undefined;
    if (options.hasStream()) {
      const stream = options.getStream()!;
      streamName = streamNameOf(stream.getStreamIdentifier());
      const name = streamName;
      source = () => log.stream(name) ?? [];
      const from = stream.hasRevision() ? BigInt(stream.getRevision()) : undefined;
      const fromEnd = stream.hasEnd();
      const subscription = options.hasSubscription();
      const end = (log.stream(name) ?? []).at(-1)?.revision ?? -1n;
      after = (e) =>
        subscription
          ? from !== undefined
            ? e.revision > from
            : fromEnd
              ? e.revision > end
              : true
          : from === undefined
            ? true
            : backwards
              ? e.revision <= from
              : e.revision >= from;
    } else {
      const all = options.getAll()!;
      source = () => log.events();
      const from = all.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : undefined;
      const head = log.head();
      const subscription = options.hasSubscription();
      after = (e) =>
        subscription
          ? from !== undefined
            ? e.position > from
            : all.hasEnd()
              ? e.position > head
              : true
          : from === undefined || all.hasStart() || all.hasEnd()
            ? true
            : backwards
              ? e.position <= from
              : e.position >= from;
    }

    if (!options.hasSubscription()) {
      if (streamName !== undefined && log.isTombstoned(streamName)) {
        call.emit('error', streamDeleted(streamName));
        return;
      }
      if (streamName !== undefined && log.stream(streamName) === undefined) {
        const notFound = new pb.ReadResp.StreamNotFound();
        notFound.setStreamIdentifier(identifierOf(streamName));
        const resp = new pb.ReadResp();
        resp.setStreamNotFound(notFound);
        write(resp);
        call.end();
        return;
      }
      let selected = source().filter((e) => after(e) && matches(e));
      if (backwards) selected = [...selected].reverse();
      const count = Number(options.getCount() || Number.MAX_SAFE_INTEGER);
      for (const event of selected.slice(0, count)) write(readEvent(event));
      call.end();
      return;
    }

    // A subscription: confirmation, catch-up, caught-up (and a checkpoint when filtered), live.
    const confirmation = new pb.ReadResp.SubscriptionConfirmation();
    confirmation.setSubscriptionId(uuid());
    const confirm = new pb.ReadResp();
    confirm.setConfirmation(confirmation);
    write(confirm);
    let last: StoredEvent | undefined;
    const deliver = (event: StoredEvent) => {
      last = event;
      if (
        after(event) &&
        matches(event) &&
        (streamName === undefined || event.streamName === streamName)
      )
        write(readEvent(event));
    };
    const backlog = [...source()];
    const live: StoredEvent[] = [];
    let caughtUp = false;
    const unsubscribe = log.onAppended((event) => (caughtUp ? deliver(event) : live.push(event)));
    call.on('cancelled', unsubscribe);
    call.on('close', unsubscribe);
    for (const event of backlog) deliver(event);
    for (const event of live) deliver(event);
    caughtUp = true;
    if (options.hasFilter() && last) {
      const checkpoint = new pb.ReadResp.Checkpoint();
      checkpoint.setCommitPosition(last.position.toString());
      checkpoint.setPreparePosition(last.position.toString());
      const resp = new pb.ReadResp();
      resp.setCheckpoint(checkpoint);
      write(resp);
    }
    const reached = new pb.ReadResp();
    reached.setCaughtUp(new pb.ReadResp.CaughtUp());
    write(reached);
  },

  delete(
    call: grpc.ServerUnaryCall<pb.DeleteReq, pb.DeleteResp>,
    callback: grpc.sendUnaryData<pb.DeleteResp>,
  ) {
    removeStream(log, call.request.getOptions()!, 'delete', callback, () => {
      const position = new pb.DeleteResp.Position();
      position.setCommitPosition(log.head().toString());
      position.setPreparePosition(log.head().toString());
      return new pb.DeleteResp().setPosition(position);
    });
  },

  tombstone(
    call: grpc.ServerUnaryCall<pb.TombstoneReq, pb.TombstoneResp>,
    callback: grpc.sendUnaryData<pb.TombstoneResp>,
  ) {
    removeStream(log, call.request.getOptions()!, 'tombstone', callback, () => {
      const position = new pb.TombstoneResp.Position();
      position.setCommitPosition(log.head().toString());
      position.setPreparePosition(log.head().toString());
      return new pb.TombstoneResp().setPosition(position);
    });
  },

  batchAppend(call: grpc.ServerDuplexStream<pb.BatchAppendReq, pb.BatchAppendResp>) {
    call.emit('error', serverError(grpc.status.UNIMPLEMENTED, 'BatchAppend is not emulated.', {}));
  },
});
