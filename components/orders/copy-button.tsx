"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** A small icon button that copies `value`; `label` names what is copied ("voice order ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`Copied the ${label}.`);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error(`Could not copy the ${label}; select it and copy it by hand.`);
    }
  }

  return (
    <Button type="button" variant="ghost" size="icon" className="size-7" onClick={copy} aria-label={`Copy ${label}`} title={`Copy ${label}`}>
      {copied ? <Check aria-hidden className="text-emerald-600" /> : <Copy aria-hidden />}
    </Button>
  );
}
