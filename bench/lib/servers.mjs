// The three servers, each driven the way its own README and package say, asking for the same things:
// the same rich issue with its comments, and the same 50-issue JQL search showing the same columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ISSUE_KEY = 'PROJ-12';
export const JQL = 'project = PROJ ORDER BY updated DESC';
export const SEARCH_SIZE = 50;

/** Environment of every server: nothing inherited but PATH, and a home of its own (no user config files). */
function baseEnvironment(home) {
  return { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' };
}

/**
 * Our server, launched as the README tells MCP clients to (API-token mode against the sandbox site).
 * `command` + `args` are either `java -jar <jar>` or the launcher script.
 */
export function ours({ id, label, command, args, sandbox, home }) {
  return {
    id,
    label,
    command,
    args,
    env: {
      ...baseEnvironment(home),
      ATLASSIAN_SITE_URL: sandbox.url,
      ATLASSIAN_EMAIL: sandbox.email,
      ATLASSIAN_API_TOKEN: sandbox.apiToken,
      ATLASSIAN_MCP_HOME: join(home, '.atlassian-mcp'),
    },
    getIssue: { name: 'jira_get_issue', arguments: { issue_key: ISSUE_KEY } },
    search: { name: 'jira_search', arguments: { jql: JQL, max_results: SEARCH_SIZE } },
  };
}

/**
 * @aashari/mcp-server-atlassian-jira: its base URL is always https://<ATLASSIAN_SITE_NAME>.atlassian.net, so the
 * preload sends that origin to the sandbox. Its tools are generic REST calls; the search asks for the columns
 * our search shows (/search/jql returns only ids otherwise). Output: its default (TOON).
 */
export function aashari({ peers, preload, sandbox, home }) {
  const dir = join(peers, '@aashari', 'mcp-server-atlassian-jira');
  return {
    id: 'aashari',
    label: `aashari ${packageVersion(dir)}`,
    packageName: '@aashari/mcp-server-atlassian-jira',
    version: packageVersion(dir),
    command: process.execPath,
    args: ['--require', preload, join(dir, 'dist', 'index.js')],
    env: {
      ...baseEnvironment(home),
      BENCH_SANDBOX_URL: sandbox.url,
      ATLASSIAN_SITE_NAME: 'sandbox',
      ATLASSIAN_USER_EMAIL: sandbox.email,
      ATLASSIAN_API_TOKEN: sandbox.apiToken,
    },
    getIssue: { name: 'jira_get', arguments: { path: `/rest/api/3/issue/${ISSUE_KEY}` } },
    search: {
      name: 'jira_get',
      arguments: {
        path: '/rest/api/3/search/jql',
        queryParams: {
          jql: JQL,
          maxResults: String(SEARCH_SIZE),
          fields: 'summary,status,assignee,priority,issuetype,updated',
        },
      },
    },
  };
}

/**
 * @aaronsb/jira-cloud-mcp: takes an http base URL (JIRA_HOST) directly; its cloudId discovery at start posts to
 * https://api.atlassian.com/graphql, which the preload sends to the sandbox too (which has no GraphQL: 404, so
 * its plan tool stays off), rather than off the machine. get with its `comments` expansion, as ours shows them.
 */
export function aaronsb({ peers, preload, sandbox, home }) {
  const dir = join(peers, '@aaronsb', 'jira-cloud-mcp');
  return {
    id: 'aaronsb',
    label: `aaronsb ${packageVersion(dir)}`,
    packageName: '@aaronsb/jira-cloud-mcp',
    version: packageVersion(dir),
    command: process.execPath,
    args: ['--require', preload, join(dir, 'build', 'index.js')],
    env: {
      ...baseEnvironment(home),
      BENCH_SANDBOX_URL: sandbox.url,
      JIRA_HOST: sandbox.url,
      JIRA_EMAIL: sandbox.email,
      JIRA_API_TOKEN: sandbox.apiToken,
    },
    getIssue: {
      name: 'manage_jira_issue',
      arguments: { operation: 'get', issueKey: ISSUE_KEY, expand: ['comments'] },
    },
    search: {
      name: 'manage_jira_filter',
      arguments: { operation: 'execute_jql', jql: JQL, maxResults: SEARCH_SIZE },
    },
  };
}

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}
