#!/usr/bin/env node
// The benchmark's probe: starts the sandbox, drives our server and the published peers over stdio the same way,
// and writes the figures (and ratios to the peers') to bench/RESULTS.md. Run it through bench/run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, existsSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSandbox } from './lib/sandbox.mjs';
import { ours, aashari, aaronsb, JQL, SEARCH_SIZE } from './lib/servers.mjs';
import { coldStart, session, wholeProcess, median } from './lib/measure.mjs';
import { writeReport } from './lib/report.mjs';
import { jvmVariants, trainArchive } from './lib/jvm-options.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const { values: options } = parseArgs({
  options: {
    jar: { type: 'string', default: join(root, 'mcp-server/target/atlassian-mcp-server.jar') },
    launcher: { type: 'string', default: join(root, 'mcp-server/target/bin/atlassian-mcp') },
    peers: { type: 'string', default: join(here, 'peers/node_modules') },
    work: { type: 'string', default: join(here, 'work') },
    out: { type: 'string', default: join(here, 'RESULTS.md') },
    runs: { type: 'string', default: '5' },
    calls: { type: 'string', default: '20' },
    searches: { type: 'string', default: '5' },
    sessions: { type: 'string', default: '1' },
    'jvm-options': { type: 'boolean', default: false },
    jdk: { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
  },
});
const runs = Number(options.runs);
const calls = Number(options.calls);
const searches = Number(options.searches);
const sessions = Number(options.sessions);

rmSync(options.work, { recursive: true, force: true });
const logs = join(options.work, 'logs');
const home = join(options.work, 'home');
mkdirSync(logs, { recursive: true });
mkdirSync(home, { recursive: true });
const aashariDumps = '/tmp/mcp/mcp-server-atlassian-jira';
const dumpsBefore = new Set(existsSync(aashariDumps) ? readdirSync(aashariDumps) : []);
const loadBefore = (await import('node:os')).loadavg();

log(`sandbox: java -cp ${options.jar} io.github.atlassianmcp.sandbox.SandboxMain`);
const sandbox = await startSandbox({ java: 'java', jar: options.jar });
try {
  // The expected keys of the search, and a warm sandbox before any server is timed.
  const expected = await sandbox.get(`/rest/api/3/search/jql?jql=${encodeURIComponent(JQL)}&maxResults=${SEARCH_SIZE}&fields=key`);
  const expectedKeys = expected.issues.map((issue) => issue.key);
  for (let i = 0; i < 200; i++) {
    await sandbox.get('/rest/api/3/issue/PROJ-12');
    if (i % 4 === 0) await sandbox.get(`/rest/api/3/search/jql?jql=${encodeURIComponent(JQL)}&maxResults=50&fields=summary,status`);
  }

  const preload = join(here, 'rewrite-origin.cjs');
  const common = { sandbox, home };
  const servers = [
    ours({ ...common, id: 'launcher', label: 'ours: bin/atlassian-mcp', command: options.launcher, args: [] }),
    ours({ ...common, id: 'jar', label: 'ours: java -jar', command: 'java', args: ['-jar', options.jar] }),
    aashari({ ...common, peers: options.peers, preload }),
    aaronsb({ ...common, peers: options.peers, preload }),
  ].filter((server) => server.id !== 'launcher' || existsSync(options.launcher))
    .filter((server) => !options.only || options.only.split(',').includes(server.id));

  const results = await compare(servers, expectedKeys);
  const firstCommands = await firstCommandTimes(servers);

  let matrix = null;
  if (options['jvm-options']) {
    matrix = await jvmMatrix(expectedKeys);
  }
  const loadAfter = (await import('node:os')).loadavg();
  writeReport(options.out, { servers, results, firstCommands, matrix, runs, calls, searches, sessions, loadBefore, loadAfter,
    jar: options.jar, root });
  log(`wrote ${options.out}`);
} finally {
  await sandbox.stop();
  if (existsSync(aashariDumps)) {
    // aashari saves every raw API answer under /tmp/mcp; remove what this run added.
    for (const file of readdirSync(aashariDumps)) {
      if (!dumpsBefore.has(file)) rmSync(join(aashariDumps, file), { force: true });
    }
  }
}

/** Cold starts interleaved (a different server first each round, so load from elsewhere spreads evenly), then sessions. */
async function compare(servers, expectedKeys) {
  const results = Object.fromEntries(servers.map((server) => [server.id, { starts: [], sessions: [] }]));
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < servers.length; k++) {
      const server = servers[(round + k) % servers.length];
      const start = await coldStart(server, logs, `start${round + 1}`);
      results[server.id].starts.push(start);
      log(`${server.id.padEnd(9)} start ${round + 1}: initialize ${start.initialize.toFixed(0)} ms, first call ${start.firstCall.toFixed(0)} ms`);
    }
  }
  for (let round = 0; round < sessions; round++) {
    for (const server of servers) {
      const figures = await session(server, { logs, calls, searches, expectedKeys, tag: `session${round + 1}` });
      results[server.id].sessions.push(figures);
      log(`${server.id.padEnd(9)} session: get ${figures.getMedian.toFixed(1)}/${figures.getP95.toFixed(1)} ms, `
        + `search ${figures.searchMedian.toFixed(1)} ms, peak ${(figures.peakKiB / 1024).toFixed(0)} MiB, ${figures.threads} threads`);
    }
  }
  for (const server of servers) {
    const r = results[server.id];
    r.summary = summarize(r);
  }
  return results;
}

function summarize({ starts, sessions: s }) {
  const pick = (list, key) => list.map((item) => item[key]);
  return {
    initialize: median(pick(starts, 'initialize')),
    initializeAll: pick(starts, 'initialize'),
    firstCall: median(pick(starts, 'firstCall')),
    toolsListBytes: starts[0].toolsListBytes,
    tools: starts[0].tools,
    serverVersion: starts[0].serverVersion,
    getMedian: median(pick(s, 'getMedian')),
    getP95: median(pick(s, 'getP95')),
    getTextBytes: s[0].getTextBytes,
    searchMedian: median(pick(s, 'searchMedian')),
    searchTextBytes: s[0].searchTextBytes,
    keysVisible: s[0].keysVisible,
    peakKiB: median(pick(s, 'peakKiB')),
    rssKiB: median(pick(s, 'rssKiB')),
    threads: median(pick(s, 'threads')),
  };
}

/** The README's first command, whole process: `--sandbox call jira_search ...`, for each of our launches. */
async function firstCommandTimes(servers) {
  const times = {};
  for (const server of servers.filter((s) => s.id === 'jar' || s.id === 'launcher')) {
    times[server.id] = [];
  }
  for (let round = 0; round < runs; round++) {
    for (const id of Object.keys(times)) {
      times[id].push(await firstCommand(servers.find((s) => s.id === id)));
    }
  }
  log(`first command: ${Object.entries(times).map(([id, t]) => `${id} ${median(t).toFixed(0)} ms`).join(', ')}`);
  return Object.fromEntries(Object.entries(times).map(([id, t]) => [id, { median: median(t), all: t }]));
}

/**
 * Our server alone under each JVM option set, on each JDK given with --jdk; last, bin/atlassian-mcp as the build
 * makes it with that JDK (LauncherBuild.java run by that JDK on a copy of the jar).
 */
async function jvmMatrix(expectedKeys) {
  const rows = [];
  const optionsFile = join(root, 'mcp-server/src/launcher/jvm.options');
  for (const jdk of options.jdk) {
    const launcherFlags = readJvmOptions(optionsFile, jdk);
    const name = jdk.replace(/[^A-Za-z0-9.-]+/g, '_');
    const archives = join(options.work, 'archives', name);
    mkdirSync(archives, { recursive: true });
    const java = join(jdk, 'bin', 'java');
    const measured = [];
    for (const variant of jvmVariants(jdk, launcherFlags)) {
      const flags = [...variant.flags];
      if (variant.archive) {
        flags.push(...await trainArchive({ jdk, flags: variant.flags, kind: variant.archive, dir: archives, id: variant.id,
          serverFor, logs, expectedKeys }));
      }
      measured.push({ label: variant.label, flags, server: serverFor(variant.id, java, flags) });
    }
    const built = join(options.work, 'launchers', name);
    mkdirSync(built, { recursive: true });
    copyFileSync(options.jar, join(built, 'atlassian-mcp-server.jar'));
    execFileSync(java, [join(root, 'mcp-server/src/launcher/LauncherBuild.java'), join(root, 'mcp-server/src/launcher'),
      built, 'false'], { stdio: ['ignore', process.stderr, process.stderr] });
    const launcher = join(built, 'bin', 'atlassian-mcp');
    measured.push({ label: 'bin/atlassian-mcp as built with this JDK', flags: [relative(root, launcher)],
      server: ours({ sandbox, home, id: `launcher-${name}`, label: 'launcher', command: launcher, args: [] }) });
    for (const { label, flags, server } of measured) {
      const starts = [];
      for (let round = 0; round < runs; round++) {
        starts.push(await coldStart(server, logs, `${server.id}-start${round + 1}`));
      }
      const sessionFigures = [];
      for (let round = 0; round < sessions; round++) {
        sessionFigures.push(await session(server, { logs, calls, searches, expectedKeys, tag: `${server.id}-session${round + 1}` }));
      }
      const wholeRuns = [];
      for (let round = 0; round < runs; round++) {
        wholeRuns.push(await firstCommand(server));
      }
      const row = { jdk: javaVersion(jdk), label, flags: flags.map((flag) => flag.replace(root + '/', '')),
        ...summarize({ starts, sessions: sessionFigures }), firstCommand: median(wholeRuns) };
      rows.push(row);
      log(`${row.jdk} ${label}: initialize ${row.initialize.toFixed(0)} ms, first call ${row.firstCall.toFixed(0)} ms, `
        + `get ${row.getMedian.toFixed(1)} ms, peak ${(row.peakKiB / 1024).toFixed(0)} MiB, ${row.threads} threads, `
        + `first command ${row.firstCommand.toFixed(0)} ms`);
    }
  }
  return rows;
}

/** `--sandbox call jira_search ...` (the README's first command) with this launch, start to exit. */
function firstCommand(server) {
  const { ATLASSIAN_SITE_URL, ATLASSIAN_EMAIL, ATLASSIAN_API_TOKEN, ...env } = server.env;
  return wholeProcess(server.command, [...server.args, '--sandbox', 'call', 'jira_search', `jql=${JQL}`, 'max_results=10'], env);
}

function serverFor(id, java, flags) {
  return ours({ sandbox, home, id, label: id, command: java, args: [...flags, '-jar', options.jar] });
}

/** The launcher's options for this JDK: a line starting with ? only if the JDK accepts it (as LauncherBuild does). */
function readJvmOptions(file, jdk) {
  const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  return lines.flatMap((line) => {
    if (!line.startsWith('?')) return [line];
    const flags = line.slice(1).trim().split(/\s+/);
    try {
      execFileSync(join(jdk, 'bin', 'java'), [...flags, '-version'], { stdio: 'ignore' });
      return flags;
    } catch {
      return [];
    }
  });
}

function javaVersion(jdk) {
  const release = readFileSync(join(jdk, 'release'), 'utf8');
  return release.match(/JAVA_VERSION="([^"]+)"/)?.[1] ?? jdk;
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

