import http from "node:http";
import { expect, test } from "@playwright/test";

// A client that keeps a connection open between requests (a reverse proxy, an
// API script) must not find it closed under it after a short pause: the request
// it sends at that moment would be reset instead of answered.

function get(agent: http.Agent, url: string): Promise<{ status: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, reusedSocket: request.reusedSocket }));
    });
    request.on("error", reject);
  });
}

test("keeps an idle connection open longer than Node's five seconds", async ({ baseURL }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // Before the first-run setup the sign-in page redirects to it; either way it answers.
    const first = await get(agent, `${baseURL}/login`);
    expect(first.reusedSocket).toBe(false);
    expect(first.status).toBeLessThan(400);
    // Had the portal closed the connection, the agent would have dropped it and opened another.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await get(agent, `${baseURL}/login`)).toEqual({ status: first.status, reusedSocket: true });
  } finally {
    agent.destroy();
  }
});
