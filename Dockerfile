# syntax=docker/dockerfile:1
# One image for every app; the app is chosen by the command:
#   docker run IMAGE gateway | catalog | availability | contacts | sales | shipment | tickets | distribution
# (`secutix-sim` runs the simulator, for demos only). See README "Operating it".

# The workspace manifests alone (with the dependency patches `npm ci` applies, patches/README.md),
# so the dependency layer below is rebuilt only when they change.
FROM node:20.19-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && cp -r package.json package-lock.json patches /manifests/ \
 && find apps packages simulator -maxdepth 2 -name package.json -exec cp --parents {} /manifests/ \;

# Production dependencies only (no test, build or benchmark tools).
FROM node:20.19-bookworm-slim AS dependencies
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error \
 && npm cache clean --force

# The production bundles (npm run build: apps/<app>/dist/main.js), made with the build tools the
# runtime does without: the services run plain JavaScript, never TypeScript compiled at start.
FROM node:20.19-bookworm-slim AS build
WORKDIR /src
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY tsconfig.json tsconfig.base.json ./
COPY tools/build ./tools/build
# the services to bundle are the gateway and the registry's subgraphs
COPY tools/subgraphs ./tools/subgraphs
COPY packages ./packages
COPY apps ./apps
RUN npm run --silent build

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production \
    GATEWAY_HOST=0.0.0.0 \
    SUBGRAPH_HOST=0.0.0.0
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.json tsconfig.base.json ./
COPY packages ./packages
# the simulator, for demos only, runs from its sources (deploy/container/entrypoint.sh)
COPY simulator ./simulator
# the sources with their bundles (dist/) beside them: schemas and the supergraph are read from there
COPY --from=build /src/apps ./apps
COPY deploy/container/entrypoint.sh /usr/local/bin/secutix-graph
# the code belongs to root and is read-only for the app (tsx, for the simulator only, compiles into /tmp)
RUN chmod 0755 /usr/local/bin/secutix-graph \
 && find apps packages simulator -path '*/test' -prune -exec rm -rf {} + \
 && find apps packages simulator -name '*.test.ts' -delete
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006 4007 9464
# SIGTERM drains (see SHUTDOWN_DELAY_SECONDS / SHUTDOWN_GRACE_SECONDS); the app is PID 1's only child
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/secutix-graph"]
CMD ["gateway"]
