import { readFileSync } from 'node:fs';

/**
 * Summarises a V8 `.heapsnapshot` (from `BENCH_PROFILE=gateway,heapsnapshot`, see processes.ts):
 * self size by node type and constructor name, largest first, and the count of each. Usage:
 * `node dist/bench/src/heap-summary.js FILE.heapsnapshot [TOP]`.
 */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export function summariseHeap(snap: Snapshot, top = 30): string {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, { size: number; count: number }>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    const size = snap.nodes[i + sizeAt];
    total += size;
    // Strings and code are grouped by type; objects by constructor name.
    const name = type === 'object' || type === 'closure' || type === 'native' ? `${type} ${snap.strings[snap.nodes[i + nameAt]].slice(0, 80)}` : type;
    const g = groups.get(name) ?? { size: 0, count: 0 };
    g.size += size;
    g.count++;
    groups.set(name, g);
  }
  const rows = [...groups.entries()]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, top)
    .map(([name, g]) => `${((100 * g.size) / total).toFixed(1).padStart(5)} %  ${(g.size / 2 ** 20).toFixed(1).padStart(7)} MB  ${String(g.count).padStart(9)}  ${name}`);
  return [`total self size ${(total / 2 ** 20).toFixed(1)} MB in ${snap.nodes.length / width} nodes`, '', '  share       size      count  type / constructor', ...rows].join('\n');
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/bench/src/heap-summary.js FILE.heapsnapshot [TOP]');
    process.exit(2);
  }
  console.log(summariseHeap(JSON.parse(readFileSync(file, 'utf8')) as Snapshot, Number(top ?? 30)));
}
