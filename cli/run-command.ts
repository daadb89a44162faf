// Runs one command and says its errors in French: shared by the command line's entry
// (cli/main.ts) and the snapshot of `ctai doc` (cli/doc-snapshot.ts).
import { CliError, describeUnexpected } from './cli-errors';
import type { CliIo } from './io';
import { UsageError } from './options';

export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Loads and runs a command; its errors become a line on stderr. Returns the exit code: the
 * command's own, 2 for a usage error (the command line), 1 for any other error.
 */
export async function runCommand(load: () => Promise<Command>, args: string[], io: CliIo): Promise<number> {
  try {
    return await (
      await load()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    // Never a stack trace: the message, in French when it is a known file-system error.
    io.stderr(`${describeUnexpected(error)}\n`);
    return 1;
  }
}
