// Fields every install and port order shares.
import { tnListField } from "./tn-list";
import { customerServiceNameField } from "./customer-service-name";
import { externalOrderIdField } from "./order-ids";
import { productIdField } from "./product-id";

/** `maxTns` is the cap on the numbers one order may carry, with the code that enforces it. */
export const orderFields = (maxTns: { count: number; code: number }) => ({
  productID: productIdField(),
  externalOrderID: externalOrderIdField().optional(),
  customerServiceName: customerServiceNameField().optional(),
  tnList: tnListField({ empty: 20015, invalid: 20025, max: maxTns }),
});
