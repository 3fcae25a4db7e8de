import { relative, resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';

/** Options of `brownout record`. */
export interface RecordOptions {
  upstream: string;
  out: string;
  port: number;
  host: string;
  redact?: string[];
}

/** Records calls through a proxy in front of `upstream` until SIGINT/SIGTERM; resolves with the exit code. */
export async function recordCommand(options: RecordOptions): Promise<number> {
  const { startRecorder } = await import('../providers/record/record-proxy.ts');
  let recorder;
  try {
    recorder = await startRecorder({ upstream: options.upstream, out: resolve(options.out), port: options.port, host: options.host, ...(options.redact ? { redact: options.redact } : {}) });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const stopped = new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  const shown = relative(process.cwd(), resolve(options.out)) || options.out;
  console.log(`brownout: recording calls to ${options.upstream} at ${recorder.url} into ${shown}`);
  console.log(`Point the product's base URL for this service at ${recorder.url}; Authorization, cookies${options.redact?.length ? ` and ${options.redact.join(', ')}` : ''} are redacted.`);
  console.log(`Then: brownout provider new <name> --from-har ${shown}`);
  console.log('Press Ctrl+C to stop.');
  const signal = await stopped;
  await recorder.close();
  console.log(`brownout: stopped (${signal}); ${recorder.recorded()} call(s) recorded in ${shown}.`);
  return 0;
}

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535 (0 = any free port), got "${value}"`);
  return n;
};

/** Adds `brownout record` to the CLI. */
export function registerRecordCommand(program: Command): void {
  program
    .command('record')
    .description('a recording proxy in front of a real (sandbox) service: writes the calls made through it to a HAR for `provider new --from-har`')
    .requiredOption('--upstream <url>', 'base URL of the real service, e.g. https://api.sandbox.example.com/v1')
    .requiredOption('--out <file.har>', 'HAR file to write (rewritten after every call)')
    .option('--port <port>', 'port to listen on (0 = any free port)', port, 0)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--redact <fields>', 'comma-separated header names and body fields to redact besides Authorization and cookies', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .action(async (o: RecordOptions) => {
      process.exitCode = await recordCommand(o);
    });
}
