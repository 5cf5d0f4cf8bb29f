// Jest's order puts the files that took longest last time first, so that no worker is left with a
// long file at the end; a fresh clone (CI) has no last time, and Jest falls back to file size, by
// which the browser journeys and the tests that wait on real clocks started last and the run waited
// for them. With no timing at all, those kinds go first (file size still orders each kind).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest loads a sequencer as it is, untransformed: CommonJS
const Sequencer = require('@jest/test-sequencer').default;

/** what kind of file this is, by where it lives: higher starts earlier */
const expectedLength = (path) => {
  if (/\.browser\.e2e\.test\.ts$/.test(path)) return 3;
  if (/\/e2e\//.test(path) || /\.e2e\.test\.ts$/.test(path) || /\/bench\/test\//.test(path)) return 2;
  if (/\/test\//.test(path)) return 1;
  return 0;
};

class SlowKindsFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((test) => test.duration != null)) return sorted;
    // Array.prototype.sort is stable: Jest's size order stays within each kind
    return sorted.sort((a, b) => expectedLength(b.path) - expectedLength(a.path));
  }
}

module.exports = SlowKindsFirst;
