/** How the backup commands report a failure the operator can act on: one line on stderr, exit status 1. */
import { BackupError } from '../storage/backups/manifest.ts';

/**
 * Prints `quire <command>: message` for a BackupError, a file-system error (ENOENT, EACCES, ENOSPC…) or a
 * PostgreSQL connection/server error, and returns the exit status; anything else is a bug and is rethrown.
 */
export function reportFailure(command: string, error: unknown): number {
  const known = error instanceof BackupError || (error instanceof Error && 'code' in error);
  if (!known) throw error;
  console.error(`quire ${command}: ${(error as Error).message}`);
  return 1;
}
