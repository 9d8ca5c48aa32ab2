import { createCatalog, type Catalog } from "./catalog";
import { createVirtualClock, type VirtualClock } from "./clock";
import type { SandboxConfig } from "./config";
import { createInventoryIndex, type InventoryIndex } from "./inventory/inventory-index";
import { runJob } from "./orders/run-job";
import { createScheduler, type Scheduler } from "./scheduler";
import { SEED_DATA } from "./seed-data";
import type { SeedData } from "./seed-types";
import { createInitialState, type SandboxState } from "./state";
import { createStateStore, type StateStore } from "./store";
import { createWebhookDispatcher, type WebhookDispatcher } from "./webhooks/webhook-dispatcher";

// The sandbox's world in one object: state, clock, scheduler, persistence, seed lookups
// and the webhook outbox. Handlers and order lifecycles receive it; nothing is global, so
// tests can run several sandboxes side by side.

export interface Sandbox {
  readonly config: SandboxConfig;
  readonly catalog: Catalog;
  readonly clock: VirtualClock;
  readonly scheduler: Scheduler;
  readonly webhooks: WebhookDispatcher;
  readonly state: SandboxState;
  readonly index: InventoryIndex;
  /** Record that the state changed, so it gets written to disk. */
  changed(): void;
  /** Back to the seed, at the given virtual time (default: real now). */
  reset(virtualNow?: number): void;
  /** Start the timers: the scheduler and the webhook outbox. */
  start(): void;
  close(): Promise<void>;
}

export function createSandbox(config: SandboxConfig, seed: SeedData = SEED_DATA): Sandbox {
  const store: StateStore = createStateStore(config.dataDir, () => snapshot(), config.persistDelayMs);
  let state: SandboxState = store.load() ?? createInitialState(seed, Date.now());
  let index: InventoryIndex = createInventoryIndex(state);

  // A restart resumes virtual time where it stopped: timers do not fire while it is down.
  const clock = createVirtualClock(state.virtualNow, config.timeScale);
  const catalog = createCatalog(seed);

  function snapshot(): SandboxState {
    state.virtualNow = clock.now();
    return state;
  }

  const scheduler = createScheduler(() => state, clock, (job) => runJob(sandbox, job), () => store.markDirty());
  const webhooks = createWebhookDispatcher({ config, getState: () => state, changed: () => store.markDirty() });
  clock.onChange(() => store.markDirty());

  const sandbox: Sandbox = {
    config,
    catalog,
    clock,
    scheduler,
    webhooks,
    get state() {
      return state;
    },
    get index() {
      return index;
    },
    changed: () => store.markDirty(),
    reset(virtualNow = Date.now()) {
      state = createInitialState(seed, virtualNow);
      index = createInventoryIndex(state);
      webhooks.forgetTokens();
      clock.reset(virtualNow);
      store.markDirty();
    },
    start() {
      scheduler.start();
      webhooks.start();
    },
    async close() {
      scheduler.stop();
      await webhooks.stop();
      await store.flush();
    },
  };
  return sandbox;
}
