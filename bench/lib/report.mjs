// bench/RESULTS.md: where and what was measured, the figures side by side, and the issue's targets met or missed.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { relative } from 'node:path';

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1)) + ' ms';
const mib = (kib) => (kib / 1024).toFixed(0) + ' MiB';
const bytes = (value) => value.toLocaleString('en-US') + ' B';
const ratio = (a, b) => (a / b).toFixed(2) + '×';

const FIGURES = [
  ['spawn → `initialize` answer (median of the cold starts)', 'initialize', ms],
  ['first tool call after start: get-issue (median of the cold starts)', 'firstCall', ms],
  ['get-issue, median of the calls in a row', 'getMedian', ms],
  ['get-issue, p95', 'getP95', ms],
  ['get-issue answer text', 'getTextBytes', bytes],
  ['50-issue search, median', 'searchMedian', ms],
  ['50-issue search answer text', 'searchTextBytes', bytes],
  ['issue keys visible in the search answer (of 50)', 'keysVisible', String],
  ['`tools/list` result', 'toolsListBytes', bytes],
  ['tools listed', 'tools', String],
  ['peak resident memory (VmHWM) after the session', 'peakKiB', mib],
  ['resident memory (VmRSS) after the session', 'rssKiB', mib],
  ['threads after the session', 'threads', String],
];

export function writeReport(file, run) {
  const { servers, results } = run;
  const ourServers = servers.filter((s) => s.id === 'jar' || s.id === 'launcher');
  const peers = servers.filter((s) => s.packageName);
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push('Written by `bench/run` (see the README\'s Benchmarks section); do not edit by hand.', '');
  lines.push(...environment(run, peers), '');

  lines.push('## Side by side', '');
  const head = ['figure', ...servers.map((s) => s.label)];
  const ratioColumns = [];
  for (const mine of ourServers) for (const peer of peers) ratioColumns.push([mine, peer]);
  head.push(...ratioColumns.map(([mine, peer]) => `${mine.id === 'jar' ? 'java -jar' : 'launcher'} ÷ ${peer.id}`));
  lines.push(row(head), row(head.map(() => '---')));
  for (const [name, key, format] of FIGURES) {
    const cells = [name, ...servers.map((s) => format(results[s.id].summary[key]))];
    cells.push(...ratioColumns.map(([mine, peer]) => ratio(results[mine.id].summary[key], results[peer.id].summary[key])));
    lines.push(row(cells));
  }
  const first = run.firstCommands;
  lines.push(row(['`--sandbox call jira_search ...` (the README\'s first command), whole process, median',
    ...servers.map((s) => (first[s.id] ? ms(first[s.id].median) : '—')), ...ratioColumns.map(() => '')]));
  lines.push('');
  lines.push(`Cold starts: ${run.runs} per server, interleaved (a different server first each round). Session: `
    + `${run.calls} get-issue calls in a row after the first, then ${run.searches} searches; memory and threads read from `
    + `\`/proc/<pid>/status\` of the server process itself at the end. Sessions: ${run.sessions} per server.`, '');

  if (ourServers.length && peers.length) {
    lines.push('## The targets (issue 12)', '');
    lines.push(...targets(run, ourServers, peers), '');
  }
  lines.push('## How each server was driven', '');
  for (const server of servers) {
    lines.push(`- **${server.label}**: \`${describeCommand(server, run.root)}\`; environment ${Object.keys(server.env)
      .filter((k) => !['PATH', 'HOME', 'LANG'].includes(k)).map((k) => `\`${k}\``).join(', ')}.`);
    lines.push(`  get-issue: \`${server.getIssue.name} ${JSON.stringify(server.getIssue.arguments)}\`; `
      + `search: \`${server.search.name} ${JSON.stringify(server.search.arguments)}\`.`);
  }
  lines.push('', 'Each server is spawned directly (no `npx` or shell in between), with only `PATH`, a fresh `HOME` and the '
    + 'variables above; its stderr goes to a file. The sandbox (`SandboxMain`, its own JVM) is warmed up with 250 REST '
    + 'calls before anything is timed.', '');
  lines.push('Cold starts, each run (ms): ' + servers.map((s) => `${s.id} ${results[s.id].summary.initializeAll
    .map((v) => v.toFixed(0)).join(', ')}`).join('; ') + '.', '');

  if (run.matrix) {
    lines.push('## JVM options (our server alone)', '');
    lines.push(...matrix(run.matrix), '');
  }
  writeFileSync(file, lines.join('\n'));
}

function environment(run, peers) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.arch();
  const commit = git(run.root, ['rev-parse', '--short', 'HEAD']);
  const dirty = git(run.root, ['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
  const javaVersion = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.trim().split('\n').slice(0, 2).join(' · ');
  const ours = (run.results.jar ?? run.results.launcher)?.summary.serverVersion ?? '?';
  const load = (values) => values.map((v) => v.toFixed(2)).join(' / ');
  return [
    `- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; commit ${commit}${dirty}`,
    `- machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `- load average (1 / 5 / 15 min) before: ${load(run.loadBefore)}, after: ${load(run.loadAfter)} (other work shares this machine)`,
    `- JDK (\`java\` on PATH): ${javaVersion}`,
    `- Node ${process.version}; peers from the npm registry (bench/peers/package-lock.json): `
      + peers.map((p) => `\`${p.packageName}@${p.version}\``).join(', '),
    `- ours: atlassian-mcp-server ${ours}, \`${relative(run.root, run.jar)}\``,
  ];
}

function targets(run, ourServers, peers) {
  const { results } = run;
  const best = (key, pick) => peers.reduce((a, b) => (pick(results[a.id].summary[key], results[b.id].summary[key]) ? a : b));
  const fastest = (key) => best(key, (a, b) => a <= b);
  const rules = [
    { name: 'spawn → `initialize`', key: 'initialize', target: '≤ 0.8 × the faster peer', peer: fastest('initialize'), factor: 0.8, format: ms },
    { name: 'first tool call after start (get-issue)', key: 'firstCall', target: '≤ 150 ms', limit: 150, format: ms },
    { name: 'get-issue median', key: 'getMedian', target: '≤ 0.5 × the faster peer', peer: fastest('getMedian'), factor: 0.5, format: ms },
    { name: 'get-issue p95', key: 'getP95', target: '≤ 1.0 × the faster peer', peer: fastest('getP95'), factor: 1.0, format: ms },
    { name: '50-issue search median', key: 'searchMedian', target: '≤ 0.7 × the faster peer', peer: fastest('searchMedian'), factor: 0.7, format: ms },
    { name: 'peak resident memory (VmHWM)', key: 'peakKiB', target: '≤ 0.8 × the lighter peer', peer: fastest('peakKiB'), factor: 0.8, format: mib },
    { name: 'threads', key: 'threads', target: '≤ 16', limit: 16, format: String },
    { name: '`--sandbox call jira_search ...`, whole process', key: 'firstCommand', target: '≤ 1.0 s', limit: 1000, format: ms },
    { name: '50-issue search text (budget)', key: 'searchTextBytes', target: '≤ 8 KB', limit: 8 * 1024, format: bytes },
    { name: '`tools/list`, default toolsets (budget, issue 9)', key: 'toolsListBytes', target: '≤ 20 KB', limit: 20 * 1024, format: bytes },
    { name: 'get-issue text, rich issue (budget, issue 9)', key: 'getTextBytes', target: '≤ 2 KB', limit: 2 * 1024, format: bytes },
  ];
  const head = ['figure', 'target', ...ourServers.map((s) => s.label)];
  const lines = [row(head), row(head.map(() => '---'))];
  for (const rule of rules) {
    const cells = [rule.name, rule.target];
    for (const mine of ourServers) {
      const value = rule.key === 'firstCommand' ? run.firstCommands[mine.id]?.median : results[mine.id].summary[rule.key];
      if (value === undefined) {
        cells.push('—');
        continue;
      }
      if (rule.peer) {
        const reference = results[rule.peer.id].summary[rule.key];
        const met = value <= rule.factor * reference;
        cells.push(`${rule.format(value)} = ${ratio(value, reference)} ${rule.peer.id}'s ${rule.format(reference)}: **${met ? 'met' : 'missed'}**`);
      } else {
        cells.push(`${rule.format(value)}: **${value <= rule.limit ? 'met' : 'missed'}**`);
      }
    }
    lines.push(row(cells));
  }
  return lines;
}

function matrix(rows) {
  const head = ['JDK', 'options', 'initialize', 'first call', 'get median / p95', 'search', 'peak RSS', 'RSS', 'threads',
    'first command', 'initialize / peak RSS vs the JDK\'s defaults'];
  const lines = [row(head), row(head.map(() => '---'))];
  for (const r of rows) {
    const base = rows.find((other) => other.jdk === r.jdk && other.flags.length === 0);
    lines.push(row([r.jdk, r.label, ms(r.initialize), ms(r.firstCall), `${ms(r.getMedian)} / ${ms(r.getP95)}`, ms(r.searchMedian),
      mib(r.peakKiB), mib(r.rssKiB), String(r.threads), ms(r.firstCommand),
      base ? `${ratio(r.initialize, base.initialize)} / ${ratio(r.peakKiB, base.peakKiB)}` : '']));
  }
  lines.push('', 'Archives of the "+" rows are trained by the probe on one session of its own (get-issue and search) with '
    + 'the row\'s options; bin/atlassian-mcp\'s by the build (LauncherBuild.java, all read tools and a comment).', '');
  lines.push('Options of each row:', '');
  for (const r of rows) {
    lines.push(`- ${r.jdk}, ${r.label}: \`${r.flags.join(' ') || '(none)'}\``);
  }
  return lines;
}

function describeCommand(server, root) {
  const show = (part) => (part.startsWith('/') ? relative(root, part) || part : part);
  const command = server.command === process.execPath ? 'node' : show(server.command);
  return [command, ...server.args.map(show)].join(' ');
}

function git(root, args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function row(cells) {
  return '| ' + cells.join(' | ') + ' |';
}
