/**
 * The server's life as the protocol orders it: before `initialize`, a
 * request gets the error ServerNotInitialized (-32002) and a notification
 * is dropped (but `exit`); `initialize` is answered once; after `shutdown`,
 * a request gets InvalidRequest (-32600) and only `exit` is heard.
 * vscode-languageserver 9 checks none of this: it answered a hover sent
 * before `initialize`, and any request after `shutdown`, as if nothing were
 * amiss.
 *
 * Every message passes through `handle` (the connection's message strategy)
 * before it is dispatched. A request refused there cannot be answered
 * there, since the strategy has no writer: it is passed on as a request of
 * the same id to REFUSED, whose handler answers with the error. (So with
 * `micic.trace.server` on, the trace names that method.)
 */
import { ErrorCodes, Message, ResponseError, type Connection, type RequestMessage } from "vscode-languageserver/node";

const REFUSED = "$/micic/refused";

interface Refusal {
  /** The method the client asked for. */
  method: string;
  code: number;
  message: string;
}

export class Lifecycle {
  private state: "new" | "initialized" | "shutDown" = "new";

  /** Whether `shutdown` was received: the server then exits with 0, otherwise with 1 (as the protocol says). */
  get shutDown(): boolean {
    return this.state === "shutDown";
  }

  /** Answers the requests refused by `handle`. */
  listen(connection: Connection): void {
    connection.onRequest(REFUSED, (refusal: Refusal) => new ResponseError(refusal.code, refusal.message));
  }

  /** Passes a message on to `next`, or refuses it. */
  handle(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusal(message.method);
      if (refusal) {
        const refused: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: REFUSED, params: refusal };
        return next(refused);
      }
      if (message.method === "initialize") this.state = "initialized";
      else if (message.method === "shutdown") this.state = "shutDown";
      return next(message);
    }
    // Notifications: dropped before initialize and after shutdown, but exit.
    if (Message.isNotification(message) && this.state !== "initialized" && message.method !== "exit") return;
    next(message);
  }

  private refusal(method: string): Refusal | undefined {
    if (this.state === "new" && method !== "initialize") {
      return { method, code: ErrorCodes.ServerNotInitialized, message: `The server is not initialized yet: send 'initialize' before '${method}'.` };
    }
    if (this.state === "initialized" && method === "initialize") {
      return { method, code: ErrorCodes.InvalidRequest, message: "The server is initialized already: 'initialize' is sent once." };
    }
    if (this.state === "shutDown") {
      return { method, code: ErrorCodes.InvalidRequest, message: `The server is shutting down ('shutdown' was received): '${method}' is not answered; send 'exit'.` };
    }
    return undefined;
  }
}
