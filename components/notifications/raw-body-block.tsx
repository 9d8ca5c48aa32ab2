import { CopyButton } from "@/components/orders/copy-button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { NotificationSource } from "@/lib/db/generated/enums";

/**
 * The body exactly as it arrived: Lumen's XML for a webhook, the poll's JSON row (indented
 * for reading when it parses). Shown as text in a <pre>, so React escapes every character.
 */
export function RawBodyBlock({ source, rawBody, withheld = false }: { source: NotificationSource; rawBody: string; withheld?: boolean }) {
  const text = source === "poll" ? indentJson(rawBody) : rawBody;
  return (
    <Card aria-labelledby="raw-body-title">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle id="raw-body-title">Body as received</CardTitle>
          <CardDescription>
            {source === "webhook"
              ? `The XML as it came to this portal's webhook${withheld ? ", with the partner's Lumen account number and name withheld." : ", unchanged."}`
              : `The row of Lumen's GET notifications answer (JSON) that brought it in${withheld ? ", with the partner's Lumen account number and name withheld." : "."}`}
          </CardDescription>
        </div>
        <CopyButton value={rawBody} label="body as received" />
      </CardHeader>
      {text === "" ? (
        <p className="px-5 py-4 text-sm text-muted-foreground">The body was empty.</p>
      ) : (
        // A long body scrolls: focusable, so the keyboard can scroll it too.
        <pre
          tabIndex={0}
          role="region"
          aria-label="Body as received"
          className="max-h-[32rem] overflow-auto bg-muted/40 px-5 py-4 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all"
        >
          {text}
        </pre>
      )}
    </Card>
  );
}

function indentJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
