/** CLI command(s) for 'store' (placeholder until its issue lands: registers nothing). */
import type { Command } from 'commander';

export function register(_program: Command): void {
  /* not yet implemented */
}
