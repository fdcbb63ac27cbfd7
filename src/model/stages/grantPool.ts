// The persistent grant pool (0a8704a51): a LIFO free list. blkif_queue_request() takes grants from
// the head (llist_del_first; list_first_entry in later versions) and allocates a fresh page when
// the list is empty; blkif_completion() pushes grants_used[0..n-1] back onto the head in that
// order (llist_add / list_add), so the next request's segment 0 gets the previous request's LAST
// grant. Pages are never cleared: a grant page keeps whatever was last written into it.
import { grantId, type GrantId } from '../units';

/** What taking a grant did. */
export interface GrantTake {
  readonly grant: GrantId;
  /** false when the pool was empty and a fresh (uninitialised) page was allocated. */
  readonly reused: boolean;
}

/** A LIFO pool of persistent grants; ids are handed out 0, 1, 2... on first allocation. */
export class GrantPool {
  /** Free grants, head LAST (so take/push are O(1) pops and pushes). */
  private readonly stack: GrantId[] = [];
  private allocated = 0;

  /** Takes the head of the free list, or allocates a new grant page if the list is empty. */
  take(): GrantTake {
    const head = this.stack.pop();
    if (head !== undefined) return { grant: head, reused: true };
    return { grant: grantId(this.allocated++), reused: false };
  }

  /** Pushes a request's grants back in grants_used order: the last one ends up at the head. */
  giveBack(grantsUsed: readonly GrantId[]): void {
    for (const g of grantsUsed) this.stack.push(g);
  }

  /** Free grants from head to tail. */
  freeList(): GrantId[] {
    return [...this.stack].reverse();
  }

  /** How many grant pages exist (free or in use). */
  get size(): number {
    return this.allocated;
  }
}
