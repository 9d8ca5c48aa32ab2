import type { SandboxConfig } from "../config";
import { takeFault } from "../faults";
import type { SandboxState, StoredNotification, WebhookDelivery } from "../state";
import { createReceiverAuth } from "./receiver-auth";

// The webhook outbox. Each notification for a customer with webhook settings becomes a
// delivery, PUT to the customer's URL in the background with bounded concurrency.
// A failed attempt (network error, timeout, non-2xx) is retried with exponential backoff
// up to `maxAttempts`; the deliveries are kept in the state so the admin API can list
// them and pending ones resume after a restart.

export interface WebhookDispatcher {
  enqueue(notification: StoredNotification): void;
  start(): void;
  stop(): Promise<void>;
  forgetTokens(): void;
  /** Resolves once nothing is due or in flight (tests wait on it). */
  idle(): Promise<void>;
}

interface Dependencies {
  config: SandboxConfig;
  getState: () => SandboxState;
  changed: () => void;
}

const CONCURRENCY = 8;
/** Finished deliveries kept for the admin listing; older ones are forgotten. */
const FINISHED_KEPT = 2000;

export function createWebhookDispatcher({ config, getState, changed }: Dependencies): WebhookDispatcher {
  const receiverAuth = createReceiverAuth();
  /** Attempts in flight, by delivery id. */
  const inFlight = new Map<number, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  function schedulePump(delayMs: number) {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pump, Math.max(0, delayMs));
    timer.unref();
  }

  function pump() {
    timer = null;
    if (!running) return;
    const now = Date.now();
    let nextDue = Infinity;
    for (const delivery of getState().deliveries) {
      if (delivery.status !== "pending" || inFlight.has(delivery.id)) continue;
      if (delivery.nextAttemptAt > now || inFlight.size >= CONCURRENCY) {
        nextDue = Math.min(nextDue, delivery.nextAttemptAt);
        continue;
      }
      const work = attempt(delivery).finally(() => {
        inFlight.delete(delivery.id);
        schedulePump(0);
      });
      inFlight.set(delivery.id, work);
    }
    // A finishing attempt pumps again; otherwise wake up for the earliest retry.
    if (nextDue !== Infinity && inFlight.size < CONCURRENCY) schedulePump(nextDue - now);
  }

  async function attempt(delivery: WebhookDelivery) {
    const state = getState();
    const notification = state.notifications.findLast((n) => n.id === delivery.notificationId);
    const settings = state.webhooks[delivery.customerNumber];
    if (!notification || !settings) {
      finish(delivery, "failed", null, "notification or webhook settings no longer exist");
      return;
    }
    delivery.attempts += 1;
    try {
      const authorization = await receiverAuth.header(delivery.customerNumber, settings.auth, config.webhook.timeoutMs);
      const response = await fetch(settings.url, {
        method: "PUT",
        headers: { authorization, "content-type": "application/xml" },
        body: notification.xml,
        signal: AbortSignal.timeout(config.webhook.timeoutMs),
      });
      await response.arrayBuffer();
      if (response.status === 401) receiverAuth.forget(delivery.customerNumber);
      if (response.ok) finish(delivery, "delivered", response.status, null);
      else retryOrFail(delivery, response.status, `receiver answered ${response.status}`);
    } catch (error) {
      retryOrFail(delivery, null, error instanceof Error ? error.message : String(error));
    }
  }

  function retryOrFail(delivery: WebhookDelivery, status: number | null, error: string) {
    if (delivery.attempts >= config.webhook.maxAttempts) {
      finish(delivery, "failed", status, error);
      return;
    }
    delivery.lastResponseStatus = status;
    delivery.lastError = error;
    delivery.nextAttemptAt = Date.now() + config.webhook.retryBaseMs * 2 ** (delivery.attempts - 1);
    changed();
  }

  function finish(delivery: WebhookDelivery, status: WebhookDelivery["status"], httpStatus: number | null, error: string | null) {
    delivery.status = status;
    delivery.lastResponseStatus = httpStatus;
    delivery.lastError = error;
    if (status === "delivered") delivery.deliveredAt = Date.now();
    trimFinished(getState());
    changed();
  }

  return {
    enqueue(notification) {
      const state = getState();
      if (!state.webhooks[notification.customerNumber]) return;
      const delivery: WebhookDelivery = {
        id: ++state.sequence.delivery,
        notificationId: notification.id,
        customerNumber: notification.customerNumber,
        status: "pending",
        attempts: 0,
        nextAttemptAt: Date.now(),
        lastResponseStatus: null,
        lastError: null,
        deliveredAt: null,
      };
      if (takeFault(state, "drop-webhooks", notification.customerNumber)) delivery.status = "dropped";
      state.deliveries.push(delivery);
      if (delivery.status === "pending") schedulePump(0);
    },
    start() {
      running = true;
      schedulePump(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.allSettled([...inFlight.values()]);
    },
    forgetTokens: () => receiverAuth.forget(),
    async idle() {
      for (;;) {
        await Promise.allSettled([...inFlight.values()]);
        const due = getState().deliveries.some((d) => d.status === "pending" && d.nextAttemptAt <= Date.now());
        if (inFlight.size === 0 && !due) return;
        if (inFlight.size === 0) pump();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}

function trimFinished(state: SandboxState) {
  const finished = state.deliveries.filter((d) => d.status !== "pending").length;
  if (finished <= FINISHED_KEPT * 1.5) return;
  let toDrop = finished - FINISHED_KEPT;
  state.deliveries = state.deliveries.filter((d) => d.status === "pending" || toDrop-- <= 0);
}
