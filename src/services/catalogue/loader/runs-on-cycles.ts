/** Service id → the services it runs on, each with the JSON path of the reference. */
export type RunsOnGraph = Map<string, { target: string; path: string }[]>;

export interface RunsOnCycle {
  /** The ids along the cycle, starting and ending with the same id. */
  ids: string[];
  /** Path of the reference that closes the cycle. */
  path: string;
}

const VISITING = 1;
const DONE = 2;

/**
 * Finds the cycles of the runsOn graph by depth-first search (iterative, so a long supply chain
 * cannot overflow the stack). Every back edge is one cycle, reported once.
 */
export function findRunsOnCycles(graph: RunsOnGraph): RunsOnCycle[] {
  const marks = new Map<string, number>();
  const cycles: RunsOnCycle[] = [];
  for (const start of graph.keys()) {
    if (marks.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    marks.set(start, VISITING);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edges = graph.get(frame.id) ?? [];
      if (frame.next >= edges.length) {
        marks.set(frame.id, DONE);
        stack.pop();
        continue;
      }
      const edge = edges[frame.next++];
      const mark = marks.get(edge.target);
      if (mark === VISITING) {
        const from = stack.findIndex((f) => f.id === edge.target);
        cycles.push({ ids: [...stack.slice(from).map((f) => f.id), edge.target], path: edge.path });
      } else if (mark === undefined) {
        marks.set(edge.target, VISITING);
        stack.push({ id: edge.target, next: 0 });
      }
    }
  }
  return cycles;
}
