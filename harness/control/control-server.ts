import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createControlApi, type ControlApiOptions } from './control-api.ts';

/** A listening control API. */
export interface ControlServer {
  /** Base URL of the control API and its page, e.g. `http://127.0.0.1:40100`. */
  url: string;
  close(): Promise<void>;
}

const urlHost = (host: string) => (host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host);

/**
 * Serves the control API on `host:port` (port 0 = any free port).
 * @example const control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0 });
 */
export async function startControlServer(options: ControlApiOptions & { host: string; port: number }): Promise<ControlServer> {
  const server = createServer(createControlApi(options));
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(options.host)}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
