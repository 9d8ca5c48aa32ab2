import pino from "pino";

// Structured logs. Secrets never reach a log line: known credential fields are
// redacted here as a last line of defence, and code never logs them on purpose.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "clientSecret",
      "*.clientSecret",
      "clientId",
      "*.clientId",
      "authorization",
      "*.authorization",
      "headers.authorization",
      "*.headers.authorization",
    ],
    censor: "[redacted]",
  },
});
