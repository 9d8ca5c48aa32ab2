import { readApiError, type ApiError } from "@/components/settings/api-error";

export type SendResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** One JSON request to the portal's API; a network failure becomes an error like any other. */
export async function sendJson<T>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "Could not reach the portal. Check your connection and try again." } };
  }
  if (!response.ok) return { ok: false, error: await readApiError(response) };
  return { ok: true, data: (await response.json()) as T };
}
