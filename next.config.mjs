/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Server-only packages with native code, WASM or worker threads: bundling them breaks
  // them, so Node loads them from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pino",
  ],
  typedRoutes: false,
};

export default nextConfig;
