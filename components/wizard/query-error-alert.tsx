import { RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CodedAlert } from "@/components/wizard/coded-alert";
import { errorLabel, NetworkError, PortalError } from "@/components/wizard/portal-api";

/** A failed look-up at Lumen: what failed, its code, and a way to try again. */
export function QueryErrorAlert({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  return (
    <CodedAlert
      tone="danger"
      role="alert"
      title={title}
      code={error instanceof PortalError || error instanceof NetworkError ? errorLabel(error) : null}
    >
      <p>{error.message}</p>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={onRetry}>
          <RotateCw aria-hidden />
          Try again
        </Button>
      </div>
    </CodedAlert>
  );
}
