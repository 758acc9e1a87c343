/**
 * The command's standard output and error, made safe to write to whatever
 * they are: a write that fails (the reader of a pipe went away, the disk
 * is full) would otherwise end the process with an unhandled 'error' event
 * and a stack trace. The first error is kept for the command to report, and
 * what is written after it is dropped.
 */
export class GuardedStream {
  private error: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.error ??= error;
    });
  }

  get isTTY(): boolean {
    return Boolean(this.stream.isTTY);
  }

  write(text: string): boolean {
    if (this.error || this.stream.destroyed) return false;
    return this.stream.write(text);
  }

  /**
   * Waits until what was written has left (or failed to), and gives the
   * first error, if there was one. A write to a pipe or a file fails after
   * the call that made it returns.
   */
  finished(): Promise<NodeJS.ErrnoException | undefined> {
    if (this.error || this.stream.destroyed) return Promise.resolve(this.error);
    return new Promise((resolve) => {
      this.stream.write("", () => setImmediate(() => resolve(this.error)));
    });
  }
}
