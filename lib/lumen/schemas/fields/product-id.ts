import { codedEnum } from "./coded";

export const LOCAL_INBOUND = "2036";
export const ENHANCED_LOCAL_SERVICE = "2042";
export const PRODUCT_IDS = [LOCAL_INBOUND, ENHANCED_LOCAL_SERVICE] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

export const productIdField = () =>
  codedEnum(PRODUCT_IDS, 20000, {
    description: "2036 Local Inbound, 2042 Enhanced Local Service.",
    "x-assumed": true,
    "x-assumed-reason": "The guide gives the IDs as numbers in a query string; sent as strings everywhere.",
  });
