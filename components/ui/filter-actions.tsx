import { X } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

/** A filter form's buttons: "Clear filters" (back to the bare list) when any is set, and "Apply filters". */
export function FilterActions({ active, pathname, pending }: { active: boolean; pathname: string; pending: boolean }) {
  return (
    <>
      {active && (
        <Button variant="ghost" asChild>
          <Link href={pathname}>
            <X aria-hidden />
            Clear filters
          </Link>
        </Button>
      )}
      <SubmitButton pending={pending} className="w-auto">
        Apply filters
      </SubmitButton>
    </>
  );
}
