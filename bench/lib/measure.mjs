// The measurements, the same for every server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { StdioServer } from './stdio-server.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: the smallest value that at least p% of the values do not exceed. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function startServer(server, logs, tag) {
  return StdioServer.start({
    command: server.command,
    args: server.args,
    env: server.env,
    stderrFile: join(logs, `${server.id}-${tag}.log`),
  });
}

/** One cold start: spawn → `initialize` answer, then `tools/list` and the first tool call. */
export async function coldStart(server, logs, tag) {
  const running = startServer(server, logs, tag);
  try {
    const initialize = await running.initialized;
    const list = await running.request('tools/list', {});
    const first = await running.call(server.getIssue.name, server.getIssue.arguments);
    return {
      initialize,
      serverVersion: running.serverInfo?.version,
      toolsListBytes: Buffer.byteLength(JSON.stringify(list.message.result), 'utf8'),
      tools: list.message.result.tools.length,
      firstCall: first.millis,
    };
  } finally {
    await running.stop();
  }
}

/**
 * One session as an agent's: after the start, `calls` get-issue calls in a row, then `searches` searches, then
 * the server's own memory and threads.
 */
export async function session(server, { logs, calls, searches, expectedKeys, tag = 'session', exitGrace }) {
  const running = startServer(server, logs, tag);
  try {
    await running.initialized;
    await running.request('tools/list', {});
    await running.call(server.getIssue.name, server.getIssue.arguments);
    const gets = [];
    let issueText;
    for (let i = 0; i < calls; i++) {
      const answer = await running.call(server.getIssue.name, server.getIssue.arguments);
      if (!answer.text.includes('PROJ-12')) throw new Error(`${server.id}: the get-issue answer does not name the issue`);
      gets.push(answer.millis);
      issueText = answer;
    }
    const found = [];
    let searchText;
    for (let i = 0; i < searches; i++) {
      const answer = await running.call(server.search.name, server.search.arguments);
      found.push(answer.millis);
      searchText = answer;
    }
    const visible = expectedKeys.filter((key) => new RegExp(`\\b${key}\\b`).test(searchText.text)).length;
    return {
      getMedian: median(gets),
      getP95: percentile(gets, 95),
      getTextBytes: issueText.textBytes,
      searchMedian: median(found),
      searchTextBytes: searchText.textBytes,
      keysVisible: visible,
      ...running.memory(),
    };
  } finally {
    await running.stop(exitGrace);
  }
}

/** A whole command, start to exit (the README's first command); resolves with its milliseconds. */
export function wholeProcess(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => {
      const millis = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
      else if (!/PROJ-\d+/.test(out)) reject(new Error(`${command} printed no issue: ${out.slice(0, 300)}`));
      else resolve(millis);
    });
  });
}
