// Test-only Bluesky PDS (the reference implementation) with an in-memory PLC directory, all on loopback.
// Started by tests/networks/bluesky_server.py; prints one line `READY {json}` on stdout when serving.
//
// Environment (set by the pytest fixture):
//   PDS_TEST_DATA     a private temporary folder (SQLite files, blobs)
//   PDS_TEST_DNS      host:port of the test's DNS responder for handle TXT records (_atproto.<domain>)
// Loopback only: any host-name lookup other than localhost fails here, so a handle check can never
// reach a real DNS server or website.
import crypto from 'node:crypto';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
const dns = require('node:dns');

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1']);
function refuse(hostname) {
  const error = new Error(`test PDS: refusing to resolve ${hostname} (loopback only)`);
  error.code = 'ENOTFOUND';
  error.hostname = hostname;
  return error;
}
const realLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') [options, callback] = [{}, options];
  if (loopbackNames.has(hostname)) return realLookup.call(dns, hostname, options, callback);
  process.nextTick(() => callback(refuse(hostname)));
};
const realPromiseLookup = dns.promises.lookup;
dns.promises.lookup = async (hostname, options) => {
  if (loopbackNames.has(hostname)) return realPromiseLookup.call(dns.promises, hostname, options);
  throw refuse(hostname);
};
syncBuiltinESMExports(); // make `import { lookup } from 'node:dns'` elsewhere see the guarded one
dns.setServers([process.env.PDS_TEST_DNS || '127.0.0.1:9']); // TXT lookups go to the test's responder

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const { PDS, envToCfg, envToSecrets, readEnv } = await import('@atproto/pds');
const plc = require('@did-plc/server');

const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() });
const plcHttp = await plcServer.start();
const plcPort = plcHttp.address().port;

const port = await freePort();
const data = process.env.PDS_TEST_DATA;
if (!data) throw new Error('PDS_TEST_DATA must name a temporary folder');
Object.assign(process.env, {
  PDS_HOSTNAME: 'localhost',
  PDS_PORT: String(port),
  PDS_DEV_MODE: 'true',
  PDS_DATA_DIRECTORY: data,
  PDS_BLOBSTORE_DISK_LOCATION: `${data}/blobs`,
  PDS_DID_PLC_URL: `http://localhost:${plcPort}`, // a host name: the PDS refuses IP-literal URLs
  PDS_SERVICE_HANDLE_DOMAINS: '.test',
  PDS_INVITE_REQUIRED: 'false',
  PDS_RATE_LIMITS_ENABLED: 'false',
  PDS_JWT_SECRET: crypto.randomBytes(16).toString('hex'),
  PDS_ADMIN_PASSWORD: 'admin-pass',
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: crypto.randomBytes(32).toString('hex'),
  LOG_ENABLED: 'false',
});
const env = readEnv();
const pds = await PDS.create(envToCfg(env), envToSecrets(env));
await pds.start();
process.stdout.write(`READY ${JSON.stringify({ url: `http://localhost:${port}`, plc: `http://localhost:${plcPort}`, admin: 'admin-pass' })}\n`);

async function stop() {
  await pds.destroy().catch(() => {});
  await plcServer.destroy().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // the test process died: do not linger
process.stdin.resume();
