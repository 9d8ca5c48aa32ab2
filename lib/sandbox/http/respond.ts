import type { ServerResponse } from "node:http";
import { lumenErrorBody } from "@/lib/lumen/schemas/error-body";
import { lumenHttpStatus } from "../lumen-contract";

// Writing answers. Lumen errors always go out as the contract's error body (message from
// the code table) with the status of the code's row.

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

export function sendLumenError(res: ServerResponse, code: number): void {
  sendJson(res, lumenHttpStatus(code), lumenErrorBody(code));
}

/**
 * Problems the guide has no code for (unparseable JSON, an oversized body, a value no
 * Lumen rule covers): same body shape, the HTTP status as the code, the sandbox's words.
 */
export function sendUncodedError(res: ServerResponse, status: 400 | 413, message: string): void {
  sendJson(res, status, { code: status, message }, status === 413 ? { connection: "close" } : {});
}
