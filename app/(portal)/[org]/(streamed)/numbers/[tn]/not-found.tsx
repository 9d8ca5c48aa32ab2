"use client";

import { Phone } from "lucide-react";
import { NotFoundInPortal } from "@/components/shell/not-found-in-portal";

// Inside the portal frame, as for an order: the search box sends a number nobody recorded
// here, so this is a common answer, not a broken link.
export default function NumberNotFound() {
  return (
    <NotFoundInPortal
      icon={Phone}
      title="Number not found"
      description="Neither the portal's records nor Lumen show this number for this organization, or it belongs to a sub-account you do not have access to. Check the digits, or look through the numbers you hold."
      back={{ path: "numbers", label: "Back to numbers" }}
    />
  );
}
