// The project's Atlassian sandbox on its own (SandboxMain), in site mode: HTTP Basic with an email and API token.
import { spawn } from 'node:child_process';

export async function startSandbox({ java, jar }) {
  const child = spawn(java, ['-cp', jar, 'io.github.atlassianmcp.sandbox.SandboxMain'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let banner = '';
  const site = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start in 60 s:\n${banner}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`the sandbox exited (${code}):\n${banner}`)));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      banner += chunk;
      const url = banner.match(/running at (http:\/\/\S+)/)?.[1];
      const user = banner.match(/signed in:.*<(\S+)> API token (\S+)/);
      if (url && user && banner.includes('Press Ctrl-C')) {
        clearTimeout(timer);
        resolve({ url, email: user[1], apiToken: user[2] });
      }
    });
  });
  child.stderr.resume();
  const authorization = 'Basic ' + Buffer.from(`${site.email}:${site.apiToken}`).toString('base64');
  return {
    ...site,
    pid: child.pid,
    /** A GET on the site's REST API, as JSON. */
    async get(path) {
      const response = await fetch(site.url + path, { headers: { Authorization: authorization, Accept: 'application/json' } });
      if (!response.ok) throw new Error(`sandbox GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    stop() {
      return new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}
