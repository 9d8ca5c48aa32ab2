import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateCentersResponseSchema } from "@/lib/lumen/schemas/rate-centers";
import { startTestSandbox, type TestSandbox } from "../testing/sandbox-harness";

// The rate centers list over real HTTP: each entry says whether the rate center takes
// orders, so the wizard can keep a closed one out of a reservation (orders there are
// rejected with 1302; see orders/reservation.test.ts).

let sandbox: TestSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  token = await sandbox.token();
});
afterAll(() => sandbox.close());

describe("GET /Numbers/rateCenters", () => {
  it("says which rate centers are open and which are closed", async () => {
    const reply = await sandbox.voice("GET", "/Numbers/rateCenters?productID=2036&state=CO", { token });
    expect(reply.status).toBe(200);
    const body = RateCentersResponseSchema.parse(reply.body);
    expect(body.rateCenters.map(({ rateCenter, status }) => [rateCenter, status])).toEqual([
      ["DENVER", "open"],
      ["BOULDER", "open"],
      ["GREELEY", "closed"],
      ["LEADVILLE", "open"],
    ]);
  });
});
