/** The time one question may take, shared by every round trip and retry; aborting it cancels the request in flight. */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly endsAt: number;

  constructor(ms: number) {
    this.endsAt = Date.now() + ms;
    this.timer = setTimeout(() => this.controller.abort(new Error('deadline')), ms);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get expired(): boolean {
    return this.controller.signal.aborted;
  }
  remaining(): number {
    return Math.max(0, this.endsAt - Date.now());
  }
  /** Waits, but not past the deadline; resolves false when the deadline came first. */
  async sleep(ms: number): Promise<boolean> {
    if (ms >= this.remaining()) return false;
    await new Promise((resolve) => setTimeout(resolve, ms).unref());
    return !this.expired;
  }
  dispose(): void {
    clearTimeout(this.timer);
  }
}
