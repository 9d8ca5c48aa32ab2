import { defineConfig } from "prisma/config";

// Prisma 7 reads connection URLs from here, not from schema.prisma. Only the CLI uses
// it (`prisma migrate deploy` where Prisma's engine exists); the portal connects
// through the driver adapter in lib/db.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/voice_portal" },
});
