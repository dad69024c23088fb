import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Pair, type YAMLMap } from 'yaml';

/** What to point at: the key itself (an unknown key) or its value (a wrong value). */
export type LineTarget = 'key' | 'value';

/**
 * The 1-based line of the node at `path` in a parsed YAML document. When the path does not
 * exist (a missing key), the line of its deepest existing parent: the line of that parent's
 * key (`community:`), or the first line of the document's content for a top-level key.
 * @param doc - the parsed document
 * @param lineCounter - the counter the document was parsed with
 * @param path - keys and list indexes from the root
 * @param target - point at the key (for unknown keys) or at the value
 */
export function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  target: LineTarget,
): number {
  let node: unknown = doc.contents;
  let line = startLine(node, lineCounter) ?? 1;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (pair === undefined) return line;
      const keyLine = startLine(pair.key, lineCounter);
      const valueLine = startLine(pair.value, lineCounter);
      // Above the last segment, stay on the key line: a missing child points at its parent's key.
      line = (last && target === 'value' ? (valueLine ?? keyLine) : keyLine) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const itemLine = startLine(item, lineCounter);
      if (itemLine === undefined) return line;
      line = itemLine;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/**
 * Each mapping's pairs by key text, built once per mapping: a file with many unknown keys asks
 * for the line of every one, and a scan per key would make that quadratic.
 */
const pairIndexes = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

function pairsByKey(map: YAMLMap): ReadonlyMap<string, Pair> {
  let index = pairIndexes.get(map);
  if (index === undefined) {
    const built = new Map<string, Pair>();
    for (const item of map.items) {
      const text = keyText(item.key);
      // The first pair with a key wins, as a scan from the top would find it.
      if (text !== undefined && !built.has(text)) built.set(text, item);
    }
    index = built;
    pairIndexes.set(map, index);
  }
  return index;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function startLine(node: unknown, lineCounter: LineCounter): number | undefined {
  if (!isNode(node) || node.range === undefined || node.range === null) return undefined;
  return lineCounter.linePos(node.range[0]).line;
}
