// node --require this: what the server fetches from Atlassian Cloud (global fetch) goes to BENCH_SANDBOX_URL instead.
const cloud = /^https:\/\/([a-z0-9-]+\.atlassian\.net|api\.atlassian\.com)(?=[/?]|$)/;
const sandbox = process.env.BENCH_SANDBOX_URL;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!cloud.test(url)) return realFetch(input, init);
  return realFetch(input instanceof Request ? new Request(url.replace(cloud, sandbox), input) : url.replace(cloud, sandbox), init);
};
