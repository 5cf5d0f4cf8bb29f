#!/bin/sh
# Starts the app named by the first argument, as the image's only process (exec: signals reach it).
set -eu
app="${1:-}"
case "$app" in
  gateway | catalog | availability | contacts | sales | shipment | tickets | distribution | secutix-sim) ;;
  *)
    echo "usage: secutix-graph <gateway|catalog|availability|contacts|sales|shipment|tickets|distribution|secutix-sim>" >&2
    exit 64
    ;;
esac
cd /app
# the services run their production bundle; the simulator (demos only) runs from its sources
if [ "$app" = secutix-sim ]; then exec node --import tsx "apps/$app/src/main.ts"; fi
exec node "apps/$app/dist/main.js"
