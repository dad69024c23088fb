import { isMap, isScalar, isSeq, type Document } from 'yaml';

/** A key that appears a second time in the same mapping. */
export interface DuplicateKey {
  /** Offset of the repeated key in the text. */
  offset: number;
  /** The key as written. */
  key: string;
}

/**
 * Every repeated key of every mapping of a document, in one pass with a set per mapping.
 * (The yaml library's own `uniqueKeys` check compares each key with all earlier ones, which
 * takes minutes on a file with tens of thousands of keys.)
 * @param doc - a document parsed with `uniqueKeys: false`
 */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const value = pair.key.value;
          if (seen.has(value)) found.push({ offset: pair.key.range?.[0] ?? 0, key: String(value) });
          seen.add(value);
        }
        pending.push(pair.key, pair.value);
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
