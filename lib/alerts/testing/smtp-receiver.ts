import { createServer, type Socket } from "node:net";

// A tiny SMTP server on loopback for tests: it speaks just enough of RFC 5321 (EHLO,
// MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth) to take mail from nodemailer and
// keep what arrived, so sending is tested against a real SMTP conversation.

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent: headers and body, quoted-printable soft breaks undone. */
  message: string;
}

export interface SmtpReceiver {
  url: string;
  received: ReceivedMail[];
  stop(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    converse(socket, received);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function converse(socket: Socket, received: ReceivedMail[]) {
  const reply = (line: string) => socket.write(`${line}\r\n`);
  let buffered = "";
  let envelope: { from: string; to: string[] } = { from: "", to: [] };
  let data: string[] | null = null;

  reply("220 smtp-receiver.test ESMTP ready");
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf("\r\n")) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (data) {
        if (line === ".") {
          received.push({ ...envelope, message: data.join("\r\n").replace(/=\r\n/g, "") });
          envelope = { from: "", to: [] };
          data = null;
          reply("250 2.0.0 queued");
        } else {
          data.push(line.startsWith(".") ? line.slice(1) : line);
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === "EHLO") reply("250-smtp-receiver.test\r\n250 8BITMIME");
      else if (verb === "HELO" || verb === "NOOP" || verb === "RSET") reply("250 OK");
      else if (verb === "MAIL") {
        envelope = { from: addressIn(line), to: [] };
        reply("250 OK");
      } else if (verb === "RCPT") {
        envelope.to.push(addressIn(line));
        reply("250 OK");
      } else if (verb === "DATA") {
        data = [];
        reply("354 end with <CRLF>.<CRLF>");
      } else if (verb === "QUIT") {
        reply("221 bye");
        socket.end();
      } else reply("502 not implemented");
    }
  });
}

function addressIn(line: string): string {
  return /<([^>]*)>/.exec(line)?.[1] ?? "";
}
