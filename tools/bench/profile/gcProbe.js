// Preloaded into a gateway by tools/bench/profile/retention.ts (`node -r`): a loopback endpoint
// that runs V8's collections on demand and reports the old generation's size around them.
// `?gc=major` collects the whole heap; `?gc=minor2` runs two young-generation collections, which
// promote whatever is still reachable for them. Never part of a service.
/* eslint-disable @typescript-eslint/no-require-imports -- `node -r` preloads it as it is, untransformed: CommonJS */
const http = require('node:http');
const v8 = require('node:v8');
const vm = require('node:vm');
const process = require('node:process');
const { URL } = require('node:url');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;

http
  .createServer((req, res) => {
    const kind = new URL(req.url, 'http://probe').searchParams.get('gc');
    const before = oldSpace();
    if (kind === 'major') gc();
    else if (kind === 'minor2') {
      gc({ type: 'minor' });
      gc({ type: 'minor' });
    }
    res.end(JSON.stringify({ before, after: oldSpace() }));
  })
  .listen(Number(process.env.GC_PROBE_PORT), '127.0.0.1');
