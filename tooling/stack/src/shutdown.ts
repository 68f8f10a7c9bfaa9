// The entry points' end: Ctrl+C, SIGTERM, SIGHUP and uncaught errors abort one AbortSignal, which
// is installed before anything starts and handed to whatever runs (startStack, test runners), so
// that each stops what it started. A second signal kills the children at once.
import { killAllNow } from "./children.ts";
import { StackError } from "./errors.ts";

/** The abort reason when a signal asked this process to stop. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** How long stopping may take before the children are killed and the process exits anyway. */
const STOP_TIMEOUT_MS = 60_000;

export function handleShutdown(): AbortSignal {
  const controller = new AbortController();
  const force = (why: string) => {
    console.error(`\n${why}: killing every child process now.`);
    killAllNow();
    process.exit(process.exitCode ?? 1);
  };
  const abort = (reason: Error, exitCode: number) => {
    if (controller.signal.aborted) return force("Asked again while stopping");
    process.exitCode = exitCode;
    controller.abort(reason);
    setTimeout(
      () => force(`Still not stopped after ${STOP_TIMEOUT_MS / 1000} s`),
      STOP_TIMEOUT_MS,
    ).unref();
  };
  for (const [name, number] of Object.entries(SIGNALS) as [NodeJS.Signals, number][]) {
    process.on(name, () => {
      if (!controller.signal.aborted)
        console.log(`\nStopping… (${name}; once more to kill at once)`);
      abort(new Interrupted(name), 128 + number);
    });
  }
  const crash = (error: unknown) => {
    console.error("\nUnexpected error; stopping:", error);
    abort(error instanceof Error ? error : new Error(String(error)), 1);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  return controller.signal;
}

/** Resolves when `signal` aborts. */
export const whenAborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });

/**
 * Ends the process after a failure: quietly after an interruption (everything has been stopped
 * by then), with the message alone for a StackError, with the trace for anything else.
 */
export function exitWithError(error: unknown, signal: AbortSignal): never {
  if (signal.aborted && signal.reason === error) {
    console.log("Stopped.");
  } else if (error instanceof StackError) {
    console.error(`\n${error.message}`);
    process.exitCode = 1;
  } else {
    console.error("\n", error);
    process.exitCode = 1;
  }
  process.exit();
}
