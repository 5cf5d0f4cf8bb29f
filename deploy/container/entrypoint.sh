#!/bin/sh
# Starts the app named by the first argument, as the image's only process (exec: signals reach it).
# The apps are what the image holds: every service with its production bundle (the gateway and each
# subgraph of the registry, tools/subgraphs), and the simulator (simulator/, outside apps/).
set -eu
app="${1:-}"
cd /app
# the simulator (demos only) runs from its sources
if [ "$app" = secutix-sim ]; then exec node --import tsx simulator/src/main.ts; fi
case "$app" in
  "" | *[!a-z-]*) app="" ;;
esac
if [ -z "$app" ] || [ ! -f "apps/$app/dist/main.js" ]; then
  echo "usage: secutix-graph <app>, one of: secutix-sim $(cd apps && ls -d */dist 2>/dev/null | sed 's#/dist##' | tr '\n' ' ')" >&2
  exit 64
fi
# the services run their production bundle, with the node flags of tools/build/buildServices.ts (PRODUCTION_NODE_FLAGS)
exec node --max-semi-space-size=64 --no-memory-reducer "apps/$app/dist/main.js"
