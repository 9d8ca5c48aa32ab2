// Customer service name (CSN): picks the route plan and trunk group a TN routes through.
// Whether a name is valid for the customer number is Lumen's to say (1405, 20032, 20063).
import { z } from "zod";

export const customerServiceNameField = () =>
  z.string().min(1).meta({ description: "Customer service name (route name) from the order mapping list." });
