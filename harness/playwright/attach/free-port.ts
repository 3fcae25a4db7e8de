import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Ports handed out below the OS's ephemeral range: a port the OS picked (`listen(0)`, or the local end of an
 * outgoing connection) is taken from that range, so on a busy machine it can be handed to someone else between
 * our check and the product's own bind. One chosen below the range is taken only by a process that names it.
 */
const LOW = 20_000;
const FALLBACK_EPHEMERAL_LOW = 32_768;
const TRIES = 40;

/** Where the OS's ephemeral ports start (Linux says it; elsewhere the usual 32768 or above). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > LOW + 1000 ? low : FALLBACK_EPHEMERAL_LOW;
  } catch {
    return FALLBACK_EPHEMERAL_LOW;
  }
}

/** Listens on `port` (0: the OS picks) on 127.0.0.1 and closes again: the port it got, or null when taken. */
function probe(port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(null) : reject(error)));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const got = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(got));
    });
  });
}

/**
 * A TCP port free on 127.0.0.1 right now, for a product started with `{{port}}`: a random one below the OS's
 * ephemeral range (so no OS-picked port can take it before the product binds it), or one the OS picks if none of
 * those is free.
 */
export async function freePort(): Promise<number> {
  const high = Math.min(ephemeralLow(), FALLBACK_EPHEMERAL_LOW);
  for (let i = 0; i < TRIES; i++) {
    const got = await probe(LOW + Math.floor(Math.random() * (high - LOW)));
    if (got) return got;
  }
  return (await probe(0))!;
}
