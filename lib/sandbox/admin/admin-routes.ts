import type { IncomingMessage, ServerResponse } from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { addFault } from "../faults";
import { readBody } from "../http/body";
import { sendJson } from "../http/respond";
import { createRouter } from "../http/router";
import type { Sandbox } from "../sandbox";
import { lumenDateTime } from "../lumen-contract";
import {
  AdvanceClockSchema,
  ClockScaleSchema,
  ExpireTokensSchema,
  NewFaultSchema,
  ResetSchema,
  SetClockSchema,
  WebhookSettingsSchema,
} from "./admin-schemas";

// /_sandbox/… — the admin API that exists only in the sandbox: the virtual clock, fault
// injection, token expiry, reset, customers' webhook settings and the delivery log.
// Every call but /_sandbox/health needs `Authorization: Bearer <SANDBOX_ADMIN_TOKEN>`.

interface AdminCall {
  sb: Sandbox;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

type AdminAnswer = { status: number; body: unknown };
type AdminHandler = (call: AdminCall) => AdminAnswer;

class AdminInputError extends Error {}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input === undefined ? {} : input);
  if (!result.success) throw new AdminInputError(result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return result.data;
}

function clockView(sb: Sandbox) {
  const now = sb.clock.now();
  return { now: lumenDateTime(now), nowMs: now, scale: sb.clock.scale, pendingJobs: sb.state.jobs.length };
}

const routes: Array<{ method: string; template: string; handler: AdminHandler }> = [
  { method: "GET", template: "/_sandbox/health", handler: () => ({ status: 200, body: { ok: true } }) },
  { method: "GET", template: "/_sandbox/clock", handler: ({ sb }) => ({ status: 200, body: clockView(sb) }) },
  {
    method: "POST",
    template: "/_sandbox/clock/advance",
    handler: ({ sb, body }) => {
      const step = parse(AdvanceClockSchema, body);
      const ms = ((step.days ?? 0) * 86_400 + (step.hours ?? 0) * 3600 + (step.minutes ?? 0) * 60 + (step.seconds ?? 0)) * 1000;
      // The clock's listeners run every job that fell due, in order, before this returns.
      sb.clock.advance(Math.round(ms));
      return { status: 200, body: clockView(sb) };
    },
  },
  {
    method: "POST",
    template: "/_sandbox/clock/set",
    handler: ({ sb, body }) => {
      const target = Date.parse(parse(SetClockSchema, body).time);
      if (target < sb.clock.now()) throw new AdminInputError("The clock only moves forward; reset to go back");
      sb.clock.set(target);
      return { status: 200, body: clockView(sb) };
    },
  },
  {
    method: "POST",
    template: "/_sandbox/clock/scale",
    handler: ({ sb, body }) => {
      sb.clock.setScale(parse(ClockScaleSchema, body).scale);
      return { status: 200, body: clockView(sb) };
    },
  },
  {
    method: "POST",
    template: "/_sandbox/reset",
    handler: ({ sb, body }) => {
      const { time } = parse(ResetSchema, body);
      sb.reset(time ? Date.parse(time) : undefined);
      return { status: 200, body: clockView(sb) };
    },
  },
  { method: "GET", template: "/_sandbox/faults", handler: ({ sb }) => ({ status: 200, body: { faults: sb.state.faults } }) },
  {
    method: "POST",
    template: "/_sandbox/faults",
    handler: ({ sb, body }) => {
      const input = parse(NewFaultSchema, body);
      const fault = addFault(sb.state, {
        kind: input.kind,
        pattern: input.pattern,
        method: "method" in input ? (input.method ?? null) : null,
        status: "status" in input ? input.status : null,
        latencyMs: "latencyMs" in input ? input.latencyMs : null,
        remaining: input.count ?? null,
      });
      return { status: 201, body: fault };
    },
  },
  {
    method: "DELETE",
    template: "/_sandbox/faults",
    handler: ({ sb }) => {
      sb.state.faults = [];
      return { status: 204, body: null };
    },
  },
  {
    method: "DELETE",
    template: "/_sandbox/faults/{id}",
    handler: ({ sb, params }) => {
      const before = sb.state.faults.length;
      sb.state.faults = sb.state.faults.filter((fault) => String(fault.id) !== params.id);
      return sb.state.faults.length < before ? { status: 204, body: null } : { status: 404, body: { error: "No such fault" } };
    },
  },
  {
    method: "POST",
    template: "/_sandbox/tokens/expire",
    handler: ({ sb, body }) => {
      const { clientId } = parse(ExpireTokensSchema, body);
      const now = sb.clock.now();
      let expired = 0;
      for (const token of Object.values(sb.state.tokens)) {
        if ((clientId && token.clientId !== clientId) || token.expiresAt <= now) continue;
        token.expiresAt = now;
        expired += 1;
      }
      return { status: 200, body: { expired } };
    },
  },
  {
    method: "GET",
    template: "/_sandbox/customers/{customerNumber}/webhook",
    handler: ({ sb, params }) => {
      const customerNumber = params.customerNumber!.toUpperCase();
      if (!(customerNumber in sb.state.webhooks)) return { status: 404, body: { error: "No such customer" } };
      return { status: 200, body: { customerNumber, webhook: sb.state.webhooks[customerNumber] } };
    },
  },
  {
    method: "PUT",
    template: "/_sandbox/customers/{customerNumber}/webhook",
    handler: ({ sb, params, body }) => {
      const customerNumber = params.customerNumber!.toUpperCase();
      if (!(customerNumber in sb.state.webhooks)) return { status: 404, body: { error: "No such customer" } };
      sb.state.webhooks[customerNumber] = parse(WebhookSettingsSchema, body);
      sb.webhooks.forgetTokens();
      return { status: 200, body: { customerNumber, webhook: sb.state.webhooks[customerNumber] } };
    },
  },
  {
    method: "GET",
    template: "/_sandbox/webhooks/deliveries",
    handler: ({ sb, query }) => {
      const customerNumber = query.get("customerNumber")?.toUpperCase();
      const status = query.get("status");
      const notifications = new Map(sb.state.notifications.map((n) => [n.id, n]));
      const deliveries = sb.state.deliveries
        .filter((d) => (!customerNumber || d.customerNumber === customerNumber) && (!status || d.status === status))
        .map((d) => {
          const n = notifications.get(d.notificationId);
          return { ...d, voiceOrderId: n?.voiceOrderId, notificationCode: n?.notificationCode, xml: n?.xml };
        });
      return { status: 200, body: { deliveries } };
    },
  },
  {
    method: "GET",
    template: "/_sandbox/orders/{voiceOrderId}",
    handler: ({ sb, params }) => {
      const order = sb.state.orders[params.voiceOrderId!];
      return order ? { status: 200, body: order } : { status: 404, body: { error: "No such order" } };
    },
  },
];

const match = createRouter(routes);

export async function handleAdminRequest(sb: Sandbox, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const found = match(req.method ?? "GET", url.pathname);
  if (found.kind === "not-found") return sendJson(res, 404, { error: "No such admin endpoint" });
  if (found.kind === "method-not-allowed") return sendJson(res, 405, { error: "Method not allowed" });
  if (found.template !== "/_sandbox/health" && !isAdmin(sb, req.headers.authorization)) {
    return sendJson(res, 401, { error: "Admin token required (Authorization: Bearer <SANDBOX_ADMIN_TOKEN>)" });
  }
  try {
    const raw = await readBody(req, sb.config.bodyLimitBytes);
    const body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
    const answer = found.handler({ sb, params: found.params, query: url.searchParams, body });
    sb.changed();
    if (answer.status === 204) {
      res.writeHead(204).end();
      return;
    }
    sendJson(res, answer.status, answer.body);
  } catch (error) {
    if (error instanceof AdminInputError || error instanceof SyntaxError) return sendJson(res, 400, { error: error.message });
    throw error;
  }
}

function isAdmin(sb: Sandbox, header: string | undefined): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(sb.config.adminToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
