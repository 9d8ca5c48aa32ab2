"use client";

import { subAccountChoiceLabel, type SubAccountChoice } from "@/lib/sub-accounts/sub-account-choice";
import { ArrowRightLeft } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { AlertDialogPanel } from "@/components/ui/alert-dialog-panel";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type RefObject } from "react";
import { toast } from "sonner";
import { formatTn } from "@/lib/lumen/telephone-numbers";
import { readApiError } from "@/components/settings/api-error";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { MoveNumbersSchema } from "@/lib/numbers/move-numbers-schema";

interface MoveNumbersDialogProps {
  org: string;
  /** The numbers to move, ten digits each. */
  tns: string[];
  /** The organization's sub-accounts, to choose the new holder from. */
  subAccounts: SubAccountChoice[];
  /** Who holds the numbers now, when they share one holder: preselects another. */
  currentSubAccountId?: string | null;
  /** Called after a move went through (the page refreshes itself as well). */
  onMoved?(result: { moved: number }): void;
  /** The button's words: "Move to a sub-account" on a number's page, "Move selected" under a list. */
  label?: string;
  /** Where the focus goes after a move, when the button will be gone or disabled (a list's selection is cleared). */
  focusAfterMove?: RefObject<HTMLElement | null>;
}

const PARTNER = "";
const SHOWN = 8;

/** Staff (operator and up) hand numbers to a sub-account, to another, or back to the partner. */
export function MoveNumbersDialog({ org, tns, subAccounts, currentSubAccountId, onMoved, label = "Move to a sub-account", focusAfterMove }: MoveNumbersDialogProps) {
  const router = useRouter();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string>(PARTNER);
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const moved = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const choices: SubAccountChoice[] = [{ id: PARTNER, name: "No sub-account: the partner itself", suspended: false }, ...subAccounts];
  // In the button and the toast: "Move to the partner", not "Move to No sub-account: …".
  const targetName = target === PARTNER ? "the partner" : (choices.find((choice) => choice.id === target)?.name ?? "");

  function openDialog(next: boolean) {
    if (sending) return;
    if (next) {
      const other = choices.find((choice) => choice.id !== (currentSubAccountId ?? PARTNER));
      setTarget(other?.id ?? PARTNER);
      setError(null);
    }
    setOpen(next);
  }

  async function confirm() {
    // A double click lands twice before `sending` disables the button: one move, one answer.
    if (inFlight.current) return;
    const parsed = MoveNumbersSchema.safeParse({ tns, subAccountId: target || null });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "These numbers cannot be moved.");
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/numbers/move`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!response.ok) {
        const problem = await readApiError(response);
        setError(problem.fieldErrors?.tns?.[0] ?? problem.message);
        return;
      }
      const result = (await response.json()) as { moved: number };
      toast.success(result.moved === 0 ? `${target === PARTNER ? "The partner" : targetName} holds these numbers already.` : `${result.moved} ${result.moved === 1 ? "number" : "numbers"} moved to ${targetName}.`);
      moved.current = true;
      setOpen(false);
      onMoved?.(result);
      router.refresh();
    } catch {
      setError("Could not reach the portal. Check your connection and try again.");
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  const shown = tns.slice(0, SHOWN).map(formatTn).join(", ") + (tns.length > SHOWN ? ` and ${tns.length - SHOWN} more` : "");

  return (
    <AlertDialog.Root open={open} onOpenChange={openDialog}>
      <AlertDialog.Trigger asChild>
        <Button type="button" variant="outline" disabled={tns.length === 0}>
          <ArrowRightLeft aria-hidden />
          {label}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialogPanel
        onCloseAutoFocus={(event) => {
          if (moved.current && focusAfterMove?.current) {
            event.preventDefault();
            focusAfterMove.current.focus();
          }
          moved.current = false;
        }}
      >
        <AlertDialog.Title className="text-lg font-semibold">
          Move {tns.length === 1 ? formatTn(tns[0]!) : `${tns.length} numbers`}
        </AlertDialog.Title>
        <AlertDialog.Description className="text-sm text-muted-foreground">
          {tns.length > 1 && <>{shown}. </>}
          The sub-account chosen sees and orders on them from now on; the one holding them now no longer does. Nothing changes at
          Lumen.
        </AlertDialog.Description>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={selectId}>Move to</Label>
          <NativeSelect id={selectId} value={target} onChange={(event) => setTarget(event.target.value)} disabled={sending}>
            {choices.map((choice) => (
              <option key={choice.id || "partner"} value={choice.id}>
                {subAccountChoiceLabel(choice)}
              </option>
            ))}
          </NativeSelect>
          {choices.find((choice) => choice.id === target)?.suspended && (
            <p className="text-sm text-muted-foreground">{targetName} is suspended: its users see these numbers once it is restored.</p>
          )}
        </div>
        {error && (
          <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive">
            {error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <AlertDialog.Cancel asChild>
            <Button type="button" variant="outline" disabled={sending}>
              Keep them where they are
            </Button>
          </AlertDialog.Cancel>
          <Button type="button" onClick={confirm} busy={sending}>
            {sending ? "Moving…" : `Move to ${targetName}`}
          </Button>
        </div>
      </AlertDialogPanel>
    </AlertDialog.Root>
  );
}

/** "Move selected" under a list of numbers: the rows chosen, preselecting a holder other than theirs. */
export function MoveSelectedNumbers({
  org,
  selected,
  moveTo,
  onMoved,
  focusAfterMove,
}: {
  org: string;
  selected: ReadonlyArray<{ tn: string; subAccount: { id: string } | null }>;
  moveTo: SubAccountChoice[];
  onMoved(): void;
  /** The list's selection line: the button is disabled once the selection is cleared. */
  focusAfterMove: RefObject<HTMLElement | null>;
}) {
  return (
    <MoveNumbersDialog
      org={org}
      tns={selected.map((n) => n.tn)}
      subAccounts={moveTo}
      currentSubAccountId={sharedHolder(selected)}
      label="Move selected"
      onMoved={onMoved}
      focusAfterMove={focusAfterMove}
    />
  );
}

/** The sub-account holding every one of the numbers (null: the partner), or undefined when they differ. */
function sharedHolder(numbers: ReadonlyArray<{ subAccount: { id: string } | null }>): string | null | undefined {
  const holders = new Set(numbers.map((n) => n.subAccount?.id ?? null));
  return holders.size === 1 ? [...holders][0] : undefined;
}
