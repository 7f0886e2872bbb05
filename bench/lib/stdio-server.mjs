// One MCP server as a client starts it: a child process spoken to with raw JSON-RPC lines over stdio.
// Nothing in between (no SDK, no npx wrapper), so the clock and /proc see the server process itself.
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';

export const PROTOCOL_VERSION = '2025-06-18';

export class StdioServer {
  /**
   * Spawns the server and sends `initialize` at once; `initialized` resolves with the milliseconds from just
   * before the spawn to the answer, which is what a cold start costs an MCP client.
   */
  static start({ command, args, env, stderrFile }) {
    return new StdioServer(command, args, env, stderrFile);
  }

  constructor(command, args, env, stderrFile) {
    const stderrFd = openSync(stderrFile, 'a');
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = '';
    this.exited = new Promise((resolve) => { this.markExited = resolve; });
    const startedAt = process.hrtime.bigint();
    this.child = spawn(command, args, { env, stdio: ['pipe', 'pipe', stderrFd] });
    closeSync(stderrFd); // the child has its own copy
    this.pid = this.child.pid;
    this.child.on('exit', (code, signal) => {
      this.exitStatus = signal ?? code;
      for (const { reject } of this.pending.values()) {
        reject(new Error(`${command} exited (${this.exitStatus}) before answering; see ${stderrFile}`));
      }
      this.pending.clear();
      this.markExited();
    });
    this.child.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
    this.child.stdin.on('error', () => {}); // a server that exits early must not crash the probe
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
    this.initialized = this.request('initialize', {
      protocolVersion: PROTOCOL_VERSION,
      capabilities: {},
      clientInfo: { name: 'atlassian-mcp-bench', version: '1' },
    }).then(({ message }) => {
      this.initializeMillis = Number(process.hrtime.bigint() - startedAt) / 1e6;
      this.serverInfo = message.result?.serverInfo;
      this.notify('notifications/initialized');
      return this.initializeMillis;
    });
  }

  receive(chunk) {
    this.buffer += chunk;
    let newline;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      if (line.trim() === '') continue;
      const at = process.hrtime.bigint();
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        this.fail(new Error(`not JSON-RPC on stdout: ${line.slice(0, 200)}`));
        continue;
      }
      if (message.id !== undefined && message.method !== undefined) {
        // A request from the server (roots, sampling): this client offers none.
        this.write({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: 'not supported' } });
      } else if (message.id !== undefined && this.pending.has(message.id)) {
        const { resolve, sentAt } = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve({ message, millis: Number(at - sentAt) / 1e6, bytes: Buffer.byteLength(line, 'utf8') });
      }
    }
  }

  fail(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  write(message) {
    this.child.stdin.write(JSON.stringify(message) + '\n');
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  /** Resolves with the answer, the milliseconds from send to answer, and the answer's size on the wire. */
  request(method, params, timeoutMillis = 60_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer in ${timeoutMillis} ms`));
      }, timeoutMillis);
      this.pending.set(id, {
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
        sentAt: process.hrtime.bigint(),
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** A tools/call whose result must not be an error; resolves with its text, time and sizes. */
  async call(name, args) {
    const { message, millis, bytes } = await this.request('tools/call', { name, arguments: args });
    if (message.error) throw new Error(`${name} failed: ${JSON.stringify(message.error)}`);
    const text = (message.result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('\n');
    if (message.result.isError) throw new Error(`${name} answered an error: ${text.slice(0, 300)}`);
    return { text, millis, textBytes: Buffer.byteLength(text, 'utf8'), bytes };
  }

  /** Resident memory and threads of the server process itself, from /proc. */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const field = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+)`, 'm'))?.[1]);
    return { peakKiB: field('VmHWM'), rssKiB: field('VmRSS'), threads: field('Threads') };
  }

  /** Ends the session as a client does (closing stdin), then insists. */
  async stop(graceMillis = 3000) {
    this.child.stdin.end();
    const gone = await Promise.race([this.exited.then(() => true), sleep(graceMillis).then(() => false)]);
    if (!gone) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exited.then(() => true), sleep(3000).then(() => false)]);
      if (!stopped) this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

export function sleep(millis) {
  return new Promise((resolve) => setTimeout(resolve, millis));
}
