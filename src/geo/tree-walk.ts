/**
 * Best-first traversal of a finished Flatbush index, visiting items in increasing planar
 * distance from a query point — like `Flatbush#neighbors`, but as a visitor that can stop
 * once a caller-side bound is reached (Flatbush's own `filterFn` is called when an item is
 * *queued*, not when it is reached in distance order, so it cannot express that).
 *
 * Distances are in the index's own units (here: degrees, optionally with x pre-scaled).
 */
import type Flatbush from 'flatbush';

/**
 * Visit items of `tree` in increasing distance from (`x`, `y`).
 * @param visit called with the item index and its squared planar distance to the query; return
 *   `true` to stop the walk.
 */
export function walkNearest(
  tree: Flatbush,
  x: number,
  y: number,
  visit: (index: number, distSq: number) => boolean,
): void {
  const boxes = tree._boxes;
  const indices = tree._indices;
  const levelBounds = tree._levelBounds;
  const numItems4 = tree.numItems * 4;
  const nodeSize4 = tree.nodeSize * 4;
  const heap = new MinHeap();
  heap.push((boxes.length - 4) * 2, 0);
  while (heap.size > 0) {
    const dist = heap.peekValue();
    const top = heap.pop();
    if (top & 1) {
      if (visit(top >> 1, dist)) return;
      continue;
    }
    const nodeIndex = top >> 1;
    const isLeafLevel = nodeIndex < numItems4;
    const end = Math.min(nodeIndex + nodeSize4, upperBound(nodeIndex, levelBounds));
    for (let pos = nodeIndex; pos < end; pos += 4) {
      const dx = Math.max((boxes[pos] ?? 0) - x, x - (boxes[pos + 2] ?? 0), 0);
      const dy = Math.max((boxes[pos + 1] ?? 0) - y, y - (boxes[pos + 3] ?? 0), 0);
      const child = (indices[pos >> 2] ?? 0) | 0;
      heap.push(isLeafLevel ? (child << 1) | 1 : child << 1, dx * dx + dy * dy);
    }
  }
}

function upperBound(value: number, arr: number[]): number {
  let i = 0;
  let j = arr.length - 1;
  while (i < j) {
    const m = (i + j) >> 1;
    if ((arr[m] ?? 0) > value) j = m;
    else i = m + 1;
  }
  return arr[i] ?? 0;
}

/** Binary min-heap of (id, value) pairs in parallel growable arrays. */
class MinHeap {
  private ids: number[] = [];
  private values: number[] = [];
  size = 0;

  push(id: number, value: number): void {
    let pos = this.size++;
    const ids = this.ids;
    const values = this.values;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pv = values[parent] ?? 0;
      if (value >= pv) break;
      ids[pos] = ids[parent] ?? 0;
      values[pos] = pv;
      pos = parent;
    }
    ids[pos] = id;
    values[pos] = value;
  }

  peekValue(): number {
    return this.values[0] ?? Infinity;
  }

  pop(): number {
    const ids = this.ids;
    const values = this.values;
    const top = ids[0] ?? 0;
    const last = --this.size;
    if (last > 0) {
      const id = ids[last] ?? 0;
      const value = values[last] ?? 0;
      let pos = 0;
      const half = last >> 1;
      while (pos < half) {
        let child = (pos << 1) + 1;
        const right = child + 1;
        if (right < last && (values[right] ?? 0) < (values[child] ?? 0)) child = right;
        if ((values[child] ?? 0) >= value) break;
        ids[pos] = ids[child] ?? 0;
        values[pos] = values[child] ?? 0;
        pos = child;
      }
      ids[pos] = id;
      values[pos] = value;
    }
    return top;
  }
}
