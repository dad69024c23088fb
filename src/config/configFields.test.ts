import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildConfigJsonSchema } from './buildConfigJsonSchema.js';
import { configFields, describeJsonType, knownKeysAt } from './configFields.js';

interface TreeNode {
  name: string;
  children: TreeNode[];
}
const TreeNode: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({ name: z.string(), children: z.array(TreeNode) }).strict(),
);
const Name = z.string().min(3).meta({ id: 'TestName' });
const tree = z
  .object({
    root: TreeNode.optional(),
    first: Name.optional(),
    second: Name.optional(),
    limit: z.number().int().min(1).optional(),
  })
  .strict()
  .default({});
const root = buildConfigJsonSchema([{ id: 'tree', config: tree }]);

describe('configFields', () => {
  it('follows references and stops at a recursive one', () => {
    const section = configFields(root).find((f) => f.key === 'tree');
    const fields = section?.children.map((f) => [f.path, f.type]);
    expect(fields).toEqual([
      ['tree.root', 'mapping'],
      ['tree.first', 'text (at least 3 characters)'],
      ['tree.second', 'text (at least 3 characters)'],
      ['tree.limit', 'whole number, at least 1'],
    ]);
    const rootNode = section?.children[0];
    expect(rootNode?.children.map((f) => [f.path, f.children.length])).toEqual([
      ['tree.root.name', 0],
      ['tree.root.children', 0],
    ]);
  });

  it('knows the keys allowed inside a recursive list', () => {
    expect(knownKeysAt(root, ['tree', 'root', 'children', 0, 'children', 1])).toEqual(['name', 'children']);
  });

  it('describes a union of constants as a choice', () => {
    expect(describeJsonType(root, { anyOf: [{ const: 'a' }, { const: 'b' }] })).toBe('one of "a", "b"');
  });
});
