import { ChevronRight } from "lucide-react";
import { CopyButton } from "./copy-button";

/** A collapsible, pretty-printed JSON document: the request as sent or Lumen's answer. */
export function JsonBlock({ title, value, emptyText }: { title: string; value: unknown; emptyText: string }) {
  const text = value === null || value === undefined ? null : JSON.stringify(value, null, 2);
  return (
    <details className="group rounded-lg border bg-card shadow-xs">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-5 py-3 text-sm font-semibold select-none [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        {title}
        {!text && <span className="font-normal text-muted-foreground">— {emptyText}</span>}
      </summary>
      {text && (
        <div className="relative border-t">
          <div className="absolute top-2 right-2">
            <CopyButton value={text} label={title.toLowerCase()} />
          </div>
          {/* It scrolls (long documents, long lines): focusable, so the keyboard can scroll it too. */}
          <pre tabIndex={0} role="region" aria-label={title} className="max-h-[32rem] overflow-auto bg-muted/40 px-5 py-4 font-mono text-xs leading-relaxed">
            {text}
          </pre>
        </div>
      )}
    </details>
  );
}
