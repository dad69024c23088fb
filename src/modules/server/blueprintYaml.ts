import { Document, isScalar, visit } from 'yaml';
import type { ExportedBlueprint } from './exportBlueprint.js';

/** Lists of plain values up to this many characters are written inline. */
const INLINE_LIST_WIDTH = 80;

/**
 * The YAML text of an exported blueprint: a commented `server:` section to paste into
 * community.yaml. Short permission lists are written inline (`[ViewChannel, SendMessages]`),
 * long ones one per line.
 * @param exported - from `exportBlueprint`
 */
export function blueprintYaml(exported: ExportedBlueprint): string {
  const doc = new Document({ server: exported.server });
  visit(doc, {
    Seq(_key, node) {
      if (!node.items.every((item) => isScalar(item))) return;
      const width = node.items.reduce((sum, item) => sum + String(isScalar(item) ? item.value : '').length + 2, 0);
      node.flow = width <= INLINE_LIST_WIDTH;
    },
  });
  const header = [
    ` The layout of the Discord server ${JSON.stringify(exported.guild.name)} (${exported.guild.id}),`,
    ' written by "guildhall export". Put this server: section in community.yaml, then run',
    ' "guildhall plan": it shows no changes against this server.',
    ' Roles managed by an integration (bots, server boosts) are not listed: nobody can create them.',
  ];
  if (exported.skipped.length > 0) {
    header.push(' Left out:', ...exported.skipped.map((line) => `   - ${line}`));
  }
  doc.commentBefore = header.join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
