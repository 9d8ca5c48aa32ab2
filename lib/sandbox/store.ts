import fs from "node:fs";
import path from "node:path";
import type { SandboxState } from "./state";

// Keeps the state on disk as one JSON file. Writes go to a temp file that is renamed over
// the old one, so a crash leaves either the previous file or the new one, never half of
// either. Writes are coalesced: many changes within `delayMs` cost one write, which is
// what lets the sandbox accept hundreds of orders a second.

const FILE_NAME = "state.json";

export interface StateStore {
  load(): SandboxState | null;
  /** Note that the state changed; it is written soon after. */
  markDirty(): void;
  /** Write now if anything changed (shutdown, tests). */
  flush(): Promise<void>;
}

export function createStateStore(dataDir: string, getState: () => SandboxState, delayMs: number): StateStore {
  const filePath = path.join(dataDir, FILE_NAME);
  let dirty = false;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> | null = null;

  async function write(): Promise<void> {
    dirty = false;
    const json = JSON.stringify(getState());
    try {
      await fs.promises.mkdir(dataDir, { recursive: true });
      const tempPath = `${filePath}.${process.pid}.tmp`;
      const handle = await fs.promises.open(tempPath, "w");
      try {
        await handle.writeFile(json);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tempPath, filePath);
    } catch (error) {
      // Still unsaved: the next change or flush tries again.
      dirty = true;
      throw error;
    }
  }

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // One write at a time; a change made during a write is picked up by the next one.
    while (writing || dirty) {
      if (writing) {
        await writing;
        continue;
      }
      writing = write().finally(() => {
        writing = null;
      });
    }
  }

  return {
    load() {
      removeLeftoverTempFiles(dataDir);
      let text: string;
      try {
        text = fs.readFileSync(filePath, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const state = JSON.parse(text) as SandboxState;
      if (state.version !== 1) throw new Error(`Unsupported sandbox state version in ${filePath}`);
      return state;
    },
    markDirty() {
      dirty = true;
      if (timer || delayMs < 0) return;
      timer = setTimeout(() => {
        timer = null;
        flush().catch((error) => console.error("[sandbox] could not write state:", error));
      }, delayMs);
      timer.unref();
    },
    flush,
  };
}

/** A crash during a write leaves its temp file behind; the state file itself is whole. */
function removeLeftoverTempFiles(dataDir: string) {
  if (!fs.existsSync(dataDir)) return;
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(`${FILE_NAME}.`) && name.endsWith(".tmp")) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}
