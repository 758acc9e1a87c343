/**
 * When the editor's messages have all been handled. vscode-jsonrpc queues
 * what arrives and handles one message per turn of the event loop
 * (setImmediate). Work scheduled the plain way, with setImmediate, runs
 * between two queued messages: a burst of 200 changes gave 200 checks, each
 * of the whole plan, and a hover sent in the burst waited for all of them.
 * Work that waits for a turn in which no message was handled runs once the
 * queue is empty, after every change already sent, and a request already
 * sent is answered first.
 */
import type { Message, MessageStrategy } from "vscode-languageserver/node";

export class MessageQueue {
  private handled = 0;

  /** Given to createConnection: counts the messages as vscode-jsonrpc hands them over. */
  readonly strategy: MessageStrategy = {
    handleMessage: (message: Message, next: (message: Message) => void) => {
      this.handled++;
      return next(message);
    },
  };

  /**
   * Runs `task` after a whole turn of the event loop in which no message was
   * handled. Costs a few turns (microseconds) when the editor is quiet.
   * Returns what cancels it.
   */
  whenEmpty(task: () => void): () => void {
    let seen = -1;
    let timer: NodeJS.Immediate;
    const turn = () => {
      if (this.handled === seen) return task();
      seen = this.handled;
      timer = setImmediate(turn);
    };
    timer = setImmediate(turn);
    return () => clearImmediate(timer);
  }
}
