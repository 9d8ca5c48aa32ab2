import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LUMEN_OPERATIONS, type LumenOperation, type RequestSchemaName } from "@/lib/lumen/operations";
import { buildRequestSchema } from "@/lib/lumen/schemas/registry";
import { handleAdminRequest } from "../admin/admin-routes";
import { authenticate } from "../auth/authenticate";
import { issueToken } from "../auth/issue-token";
import type { SandboxConfig } from "../config";
import { takeFault } from "../faults";
import { LumenRejection } from "../lumen-contract";
import { VOICE_HANDLERS } from "../routes";
import { createSandbox, type Sandbox } from "../sandbox";
import type { Fault } from "../state";
import { BodyTooLargeError, mediaType, readBody } from "./body";
import { sendJson, sendLumenError, sendUncodedError } from "./respond";
import { createRouter } from "./router";
import { UncodedRejection, parseRequest } from "./validate";
import type { VoiceAnswer, VoiceCall, VoiceOperationId } from "./voice-handler";

// The sandbox's HTTP server: plain node:http. Routes come from the contract's operation
// table, so every path and method the portal's client can call exists here, and nothing
// else does. Order of checks for a /Voice call: injected faults, route (404/405), Accept
// (406), token and customer (403xxx, 1429, 1403), body type (406), size (413) and JSON
// (400), the operation's schemas (their codes), then the operation itself.

export interface SandboxServer {
  readonly url: string;
  readonly port: number;
  readonly sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * Handlers as the router holds them. Each is typed against its own operation's schemas;
 * the server parses with exactly those schemas, which is what makes this widening safe.
 */
type AnyVoiceHandler = (
  call: Omit<VoiceCall<VoiceOperationId>, "query" | "body" | "params"> & { query: unknown; body: unknown; params: unknown },
) => VoiceAnswer;
type Route = { operation: LumenOperation; handler: AnyVoiceHandler | "token" };

const match = createRouter<Route>(
  LUMEN_OPERATIONS.flatMap((operation) =>
    operation.paths.map((template) => ({
      method: operation.method,
      template,
      handler: {
        operation,
        handler:
          operation.operationId === "getAccessToken"
            ? ("token" as const)
            : (VOICE_HANDLERS[operation.operationId] as unknown as AnyVoiceHandler),
      },
    })),
  ),
);

export async function startSandboxServer(config: SandboxConfig): Promise<SandboxServer> {
  const sandbox = createSandbox(config);
  const server = http.createServer((req, res) => {
    handleRequest(sandbox, req, res).catch((error) => answerFailure(res, error));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  sandbox.start();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    port,
    sandbox,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await sandbox.close();
    },
  };
}

async function handleRequest(sb: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  const method = req.method ?? "GET";
  if (url.pathname.startsWith("/_sandbox/") || url.pathname === "/_sandbox") {
    return handleAdminRequest(sb, req, res, url);
  }
  // Timers that fell due since the last tick run first, so a request never sees stale state.
  sb.scheduler.runDue();

  const slow = takeFault(sb.state, "latency", url.pathname, method);
  if (slow?.latencyMs) await new Promise((resolve) => setTimeout(resolve, slow.latencyMs!));
  const outage = takeFault(sb.state, "status", url.pathname, method);
  if (outage) return sendLumenError(res, outageCode(outage));

  const found = match(method, url.pathname);
  if (found.kind === "not-found") return sendLumenError(res, 404001);
  if (found.kind === "method-not-allowed") return sendLumenError(res, 405001);
  const { operation, handler } = found.handler;
  if (!acceptsJson(req.headers.accept)) return sendLumenError(res, 406001);

  if (handler === "token") {
    const form = await readForm(req, sb.config.bodyLimitBytes);
    return sendJson(res, 200, issueToken(sb, req.headers.authorization, form), { "cache-control": "no-store" });
  }

  const now = sb.clock.now();
  const customer = authenticate(sb, req.headers, now);
  // The schemas the operation table names, built with the virtual clock for date rules.
  const clock = { now: new Date(now) };
  const parse = (name: RequestSchemaName | undefined, input: unknown) =>
    name === undefined ? undefined : parseRequest(buildRequestSchema(name, clock), input);
  const params = parse(operation.pathParams, found.params);
  const query = parse(operation.query, Object.fromEntries(url.searchParams));
  const body = operation.body ? parse(operation.body, await readJson(req, sb.config.bodyLimitBytes)) : undefined;
  const answer = handler({ sb, customer, now, query, body, params });
  sb.changed();
  // "504 after processing": the work above is done and kept, the caller just never hears.
  const lost = takeFault(sb.state, "status-after-processing", url.pathname, method);
  if (lost) return sendLumenError(res, outageCode(lost));
  sendJson(res, answer.status, answer.body);
}

function outageCode(fault: Fault): number {
  return fault.status === 504 ? 504001 : 503001;
}

function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((part) => {
    const type = part.split(";")[0]!.trim().toLowerCase();
    return type === "*/*" || type === "application/*" || type === "application/json";
  });
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  if (mediaType(req.headers["content-type"]) !== "application/json") throw new LumenRejection(406001);
  const raw = await readBody(req, limit);
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new UncodedRejection("The request body is not valid JSON.");
  }
}

async function readForm(req: IncomingMessage, limit: number): Promise<URLSearchParams> {
  if (mediaType(req.headers["content-type"]) !== "application/x-www-form-urlencoded") throw new LumenRejection(406001);
  return new URLSearchParams((await readBody(req, limit)).toString("utf8"));
}

function answerFailure(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof LumenRejection) return sendLumenError(res, error.code);
  if (error instanceof UncodedRejection) return sendUncodedError(res, 400, error.message);
  if (error instanceof BodyTooLargeError) return sendUncodedError(res, 413, "The request body is too large.");
  // Anything else is our bug: log it here, tell the caller only the code.
  console.error("[sandbox] unexpected error:", error);
  sendLumenError(res, 500001);
}
