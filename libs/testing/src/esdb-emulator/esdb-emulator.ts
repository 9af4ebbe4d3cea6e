import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import * as features from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { EmulatorLog } from './emulator-log';
import { streamsService } from './streams-service';

/** The version the emulator claims, and the methods it answers. */
const SERVER_VERSION = '23.10.0-emulator';
const METHODS: [service: string, method: string][] = [
  ['event_store.client.streams.streams', 'read'],
  ['event_store.client.streams.streams', 'append'],
  ['event_store.client.streams.streams', 'delete'],
  ['event_store.client.streams.streams', 'tombstone'],
];

const serverFeatures = (): grpc.UntypedServiceImplementation => ({
  getSupportedMethods(_call: unknown, callback: grpc.sendUnaryData<features.SupportedMethods>) {
    const supported = new features.SupportedMethods();
    supported.setEventStoreServerVersion(SERVER_VERSION);
    supported.setMethodsList(
      METHODS.map(([service, method]) => {
        const m = new features.SupportedMethod();
        m.setServiceName(service);
        m.setMethodName(method);
        return m;
      }),
    );
    callback(null, supported);
  },
});

/**
 * A wire-level EventStoreDB emulator for tests: an in-process gRPC server that speaks the
 * protocol of the service definitions @eventstore/db-client ships, backed by an in-memory log.
 * It is not EventStoreDB — no persistence, no cluster, no ACLs, no projections — only the
 * behaviours the adapter relies on, each covered by its own test. `stop()` and `start()` again
 * on the same port keep the log: what a client sees when a server restarts.
 */
export class EsdbEmulator {
  readonly log = new EmulatorLog();
  private server: grpc.Server | undefined;
  private boundPort = 0;

  get port(): number {
    return this.boundPort;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.boundPort}?tls=false`;
  }

  async start(port = this.boundPort): Promise<this> {
    const server = new grpc.Server();
    server.addService(
      StreamsService as unknown as grpc.ServiceDefinition,
      streamsService(this.log),
    );
    server.addService(ServerFeaturesService as unknown as grpc.ServiceDefinition, serverFeatures());
    this.boundPort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(
        `127.0.0.1:${port}`,
        grpc.ServerCredentials.createInsecure(),
        (error, bound) => (error ? reject(error) : resolve(bound)),
      ),
    );
    this.server = server;
    return this;
  }

  /** Stops at once: open calls (live subscriptions among them) end with UNAVAILABLE. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.forceShutdown();
  }
}
