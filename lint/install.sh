#!/usr/bin/env bash
# Installs the build's node tools (package-lock.json) with `npm ci`, but only when node_modules is missing or was
# installed from another lock file: the lock file's hash is kept in node_modules/.route071-lock, so a build with
# current node_modules (the owner's loop, `mvn -Pmodel test`) does not reinstall. Run by Maven (pom.xml, validate).
set -euo pipefail
cd "$(dirname "$0")"
marker=node_modules/.route071-lock
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -d node_modules ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$hash" ]; then
  echo "lint/node_modules is current (package-lock.json unchanged): npm ci skipped"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$hash" > "$marker"
