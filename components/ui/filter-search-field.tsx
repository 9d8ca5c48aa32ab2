import { Search } from "lucide-react";
import { Field } from "./field";
import { Input } from "./input";

interface FilterSearchFieldProps {
  /** The search as it stands in the URL. */
  value: string | undefined;
  error: string | undefined;
  /** What may be searched for, e.g. "Number or subscriber". */
  placeholder: string;
}

/** A list filter's free-text search, sent as `q`. */
export function FilterSearchField({ value, error, placeholder }: FilterSearchFieldProps) {
  return (
    <Field label="Search" error={error} className="min-w-64 flex-1">
      {(control) => (
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            {...control}
            name="q"
            type="search"
            defaultValue={value ?? ""}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            className="pl-8"
          />
        </div>
      )}
    </Field>
  );
}
