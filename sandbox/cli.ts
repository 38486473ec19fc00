/** `npm run sandbox -- --port <n> --state <dir>`: the IRP sandbox as its own process. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    state: { type: 'string', default: '.sandbox-state' },
    'token-ttl': { type: 'string' },
    'no-strict-gstin': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}
const ttl = values['token-ttl'] !== undefined ? Number(values['token-ttl']) : undefined;
if (ttl !== undefined && !(ttl > 0)) {
  console.error(`--token-ttl must be a number of minutes above 0, got "${values['token-ttl']}"`);
  process.exit(2);
}

const sandbox = await startSandbox({
  port,
  stateDir: path.resolve(values.state),
  ...(ttl !== undefined ? { tokenTtlMinutes: ttl } : {}),
  ...(values['no-strict-gstin'] ? { strictGstinChecksum: false } : {}),
});
console.log(`IRP sandbox listening on ${sandbox.url}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('IRP sandbox: error while stopping', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
