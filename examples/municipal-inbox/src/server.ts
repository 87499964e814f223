/**
 * The inbox over HTTP (node:http), on 127.0.0.1 only:
 * - `POST /messages` with the XML message as body → 200 with the AppRec (XML) and headers `X-AppRec-Status` (1 OK,
 *   2 Avvist) and `X-Assessment` (accepted, invalid, none); 400 when nothing could be read (no MsgId to quote);
 *   413 over the size limit.
 * - `GET /due?today=YYYY-MM-DD` → what is due next for every patient, as JSON. `today` is required: the service
 *   never guesses the day.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isDate } from "@pakkeforlop-hjem/model";
import type { Inbox } from "./inbox.ts";

export interface ServerOptions {
  /** Largest accepted request body in bytes. Default 1 MB. */
  readonly maxBytes?: number;
  /** One line per request (method, path, status; never message content). Default: silent. */
  readonly log?: (line: string) => void;
}

const LOOPBACK = "127.0.0.1";

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > maxBytes) {
    throw new TooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > maxBytes) {
      throw new TooLarge();
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store", ...headers });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, "application/json", `${JSON.stringify(value, null, 2)}\n`);

/** Creates the HTTP server (not yet listening). */
export function createInboxServer(inbox: Inbox, options: ServerOptions = {}): Server {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const log = options.log ?? (() => undefined);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? "/", `http://${LOOPBACK}`);
    if (url.pathname === "/messages") {
      if (req.method !== "POST") {
        res.setHeader("allow", "POST");
        json(res, 405, { error: "method_not_allowed" });
        return 405;
      }
      let body: Buffer;
      try {
        body = await readBody(req, maxBytes);
      } catch (e) {
        if (e instanceof TooLarge) {
          res.setHeader("connection", "close");
          json(res, 413, { error: "too_large", maxBytes });
          return 413;
        }
        throw e;
      }
      const r = inbox.receive(body);
      if (r.kind === "unreadable") {
        json(res, 400, { error: r.code, detail: "the message could not be read; there is no MsgId to answer" });
        return 400;
      }
      if (r.kind === "unanswerable") {
        json(res, 400, { error: "cannot_answer", codes: r.codes });
        return 400;
      }
      if (r.kind === "receipt") {
        // An AppRec for a message we sent: read, never answered with another receipt.
        json(res, 202, { received: "apprec", status: r.status ?? null });
        return 202;
      }
      // A duplicate (same MsgId) gets the first answer again; nothing is stored twice.
      const answer = r.kind === "duplicate" ? r.first : r;
      if (answer.kind !== "answered") {
        json(res, 400, { error: "cannot_answer", codes: answer.kind === "unanswerable" ? answer.codes : [] });
        return 400;
      }
      send(res, 200, "application/xml", answer.appRec.xml, {
        "x-apprec-status": answer.appRec.status,
        "x-apprec-errors": answer.errors.map((e) => e.code).join(","),
        "x-assessment": answer.assessment,
        ...(r.kind === "duplicate" ? { "x-duplicate": "true" } : {}),
      });
      return 200;
    }
    if (url.pathname === "/due") {
      if (req.method !== "GET") {
        res.setHeader("allow", "GET");
        json(res, 405, { error: "method_not_allowed" });
        return 405;
      }
      const today = url.searchParams.get("today");
      if (today === null || !isDate(today)) {
        json(res, 400, { error: "today_required", detail: "give ?today=YYYY-MM-DD" });
        return 400;
      }
      json(res, 200, { today, patients: inbox.due(today) });
      return 200;
    }
    json(res, 404, { error: "not_found" });
    return 404;
  };

  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => log(`${req.method} ${req.url?.split("?")[0]} → ${status}`),
      () => {
        if (!res.headersSent) {
          json(res, 500, { error: "internal" });
        } else {
          res.destroy();
        }
        log(`${req.method} ${req.url?.split("?")[0]} → 500`);
      },
    );
  });
  // Bounded: few connections, few requests per connection, no slow clients holding a socket.
  server.maxConnections = 32;
  server.maxRequestsPerSocket = 100;
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  server.keepAliveTimeout = 1_000;
  return server;
}

/** A listening inbox: its base URL and a close that also ends idle keep-alive connections. */
export interface Running {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** Listens on 127.0.0.1 (never another interface); port 0 picks a free port. */
export function listen(server: Server, port = 0): Promise<Running> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, LOOPBACK, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${LOOPBACK}:${actual}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((e) => (e === undefined ? done() : fail(e)));
            server.closeAllConnections();
          }),
      });
    });
  });
}
