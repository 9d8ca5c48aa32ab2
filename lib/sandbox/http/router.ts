// A minimal path router: templates like `/Voice/v1/Numbers/order/{voiceOrderId}/supplement`
// compiled to regular expressions. It tells "no such path" (404) apart from "path exists,
// not with this method" (405), which Lumen answers with different codes.

export interface Route<H> {
  method: string;
  template: string;
  handler: H;
}

export type RouteMatch<H> =
  | { kind: "found"; handler: H; params: Record<string, string>; template: string }
  | { kind: "method-not-allowed" }
  | { kind: "not-found" };

interface CompiledRoute<H> extends Route<H> {
  pattern: RegExp;
  paramNames: string[];
}

export function createRouter<H>(routes: Route<H>[]) {
  const compiled: CompiledRoute<H>[] = routes.map((route) => {
    const paramNames: string[] = [];
    const source = route.template
      .split("/")
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return escapeRegExp(segment);
        paramNames.push(param[1]!);
        return "([^/]+)";
      })
      .join("/");
    // The guide spells the same path with varying case (/Numbers/Order, /Numbers/order),
    // so matching ignores case; a trailing slash is tolerated.
    return { ...route, paramNames, pattern: new RegExp(`^${source}/?$`, "i") };
  });

  return function match(method: string, pathname: string): RouteMatch<H> {
    let pathExists = false;
    for (const route of compiled) {
      const result = route.pattern.exec(pathname);
      if (!result) continue;
      pathExists = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      for (const [i, name] of route.paramNames.entries()) {
        const value = safeDecode(result[i + 1]!);
        if (value === null) return { kind: "not-found" };
        params[name] = value;
      }
      return { kind: "found", handler: route.handler, params, template: route.template };
    }
    return pathExists ? { kind: "method-not-allowed" } : { kind: "not-found" };
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
