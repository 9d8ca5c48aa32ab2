// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database
import { withDatabase } from "./with-database";

withDatabase(async () => console.log("Migrations applied.")).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
