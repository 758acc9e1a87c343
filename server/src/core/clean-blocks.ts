/**
 * Checks of one block on its own (its header, its attributes and values
 * against the schema, its member kinds) give the same answer every time for
 * the same block object: a parsed block never changes, and an edit makes new
 * blocks only where it falls (incremental.ts keeps the others). So a block
 * such a check found nothing in need not be checked again; in the editor that
 * skips every block but the one being typed in.
 *
 * Only clean blocks are remembered, never findings: a finding's message and
 * spans are made afresh each time, so nothing stale can be reported.
 */
import { BlockMemo, type Block } from "./ast";
import type { Report } from "./finding";

export class CleanBlocks {
  private readonly clean = new BlockMemo<true>();

  /**
   * Runs `checkBlock` on each block not already known clean. The check must
   * read nothing but the block itself (and the schema): not its parent, its
   * position, the plan or the options.
   */
  check(blocks: Iterable<Block>, report: (r: Report) => void, checkBlock: (block: Block, report: (r: Report) => void) => void): void {
    let found: boolean;
    const reportFound = (r: Report): void => {
      found = true;
      report(r);
    };
    for (const block of blocks) {
      if (this.clean.get(block)) continue;
      found = false;
      checkBlock(block, reportFound);
      if (!found) this.clean.set(block, true);
    }
  }
}
