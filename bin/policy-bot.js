#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it through the `prepare` script).
import { main } from '../dist/src/cli/main.js';

// `start` composes the channels (adapters/), which the core's command line never imports; loaded
// only when used, so that `ask` does not pay for the channel SDKs.
const outer = { start: async (flags) => (await import('../dist/adapters/start.js')).runStart(flags) };

main(process.argv.slice(2), outer).then(
  (code) => {
    process.exitCode = code;
    // A failed start may leave timers or sockets open (a file watcher, an SDK's retry): exit anyway.
    if (code !== 0) setImmediate(() => process.exit(code));
  },
  () => {
    process.stderr.write('错误：程序内部出错。运行 LOG_LEVEL=debug 可查看详细信息。\n');
    process.exit(1);
  },
);
