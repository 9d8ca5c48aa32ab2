import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import type { IncomingNotification } from "./incoming-notification";
import { PartnerNotificationError } from "./partner-notification-error";

// Reads the guide's PartnerNotification XML ("Web hooks / Notifications"): the voice
// order level and, for reservations, the rate-center ("PON") level block, plus the two
// elements the sandbox adds (<focDate> on 903/904, <notificationDateTime> on all).
//
// XML parsers keep shipping entity-expansion bugs (fast-xml-parser had them as late as
// 5.10.1), so nothing here relies on the parser to be safe: a DOCTYPE or ENTITY
// declaration is refused before the parser sees the text, entities are not processed,
// and only the five predefined entities and character references are decoded afterwards,
// in a single pass that cannot expand into anything larger.

const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * The guide prints end tags as `</ orderNumber >`. Whitespace after `</` is not XML, but
 * a sender that copied the guide may produce it and its meaning is plain, so only that is
 * tolerated: whitespace inside an end tag is dropped before the well-formedness check.
 * Nothing else is forgiven; every other departure from XML is refused as malformed.
 */
const LOOSE_END_TAG = /<\/\s*([A-Za-z_][\w.-]*)\s*>/g;

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  maxNestedTags: 16,
});

const code = z
  .string()
  .regex(/^\d{1,9}$/, "notificationCode must be a number")
  .transform(Number);
const text = z.string().trim().min(1).max(200);
/** Lumen's date-times ("2026-03-05T00:00:00Z"), or a plain date. */
const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value));

const StatusSchema = z.object({ notificationCode: code, notificationMessage: z.string().max(4000).default("") });

export const PartnerNotificationXmlSchema = z.object({
  PartnerNotification: z.object({
    orderNumber: text,
    customerNumber: text,
    customerName: z.string().max(200).optional(),
    voiceOrderStatus: StatusSchema,
    rateCenterOrderStatus: StatusSchema.extend({ rateCenter: text, state: z.string().trim().regex(/^[A-Za-z]{2}$/) }).optional(),
    focDate: instant.optional(),
    notificationDateTime: instant.optional(),
  }),
});

export function parsePartnerNotification(xml: string): IncomingNotification {
  if (DECLARATION.test(xml)) {
    throw new PartnerNotificationError("doctype", "DOCTYPE and ENTITY declarations are refused.");
  }
  const wellFormed = xml.replace(LOOSE_END_TAG, "</$1>");
  const verdict = XMLValidator.validate(wellFormed);
  if (verdict !== true) {
    throw new PartnerNotificationError("malformed", `Not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line}).`);
  }
  let tree: unknown;
  try {
    tree = decodeEntities(parser.parse(wellFormed));
  } catch (error) {
    throw new PartnerNotificationError("malformed", `Not readable XML: ${error instanceof Error ? error.message : "parse error"}.`);
  }
  const parsed = PartnerNotificationXmlSchema.safeParse(tree);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.slice(1).join(".") || "PartnerNotification");
    throw new PartnerNotificationError("missing_fields", `Not a PartnerNotification: check ${[...new Set(fields)].join(", ")}.`);
  }
  const n = parsed.data.PartnerNotification;
  const rateCenter = n.rateCenterOrderStatus;
  return {
    customerNumber: n.customerNumber,
    voiceOrderId: n.orderNumber,
    notificationCode: n.voiceOrderStatus.notificationCode,
    notificationMessage: n.voiceOrderStatus.notificationMessage,
    ...(rateCenter && { rateCenter: rateCenter.rateCenter, state: rateCenter.state.toUpperCase() }),
    ...(n.focDate && { focDate: n.focDate }),
    ...(n.notificationDateTime && { lumenCreatedAt: n.notificationDateTime }),
  };
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;

/** Text as written: `&amp;lt;` stays `&lt;` (one pass), unknown entities stay as they are. */
function decodeText(value: string): string {
  return value.replace(REFERENCE, (whole, name: string) => {
    if (name[0] !== "#") return PREDEFINED[name] ?? whole;
    const point = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

function decodeEntities(node: unknown): unknown {
  if (typeof node === "string") return decodeText(node);
  if (Array.isArray(node)) return node.map(decodeEntities);
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, decodeEntities(value)]));
  }
  return node;
}
