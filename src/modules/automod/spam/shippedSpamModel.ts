import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './packageRoot.js';
import { SpamModel, SpamModelFile } from './SpamModel.js';

/** `data/spam-model/spam-model.json` of the package (made by `npx tsx bench/spamTrain.ts`). */
export function shippedSpamModelPath(): string {
  return join(packageRoot(), 'data', 'spam-model', 'spam-model.json');
}

/**
 * The shipped spam model, read and checked once per call (automod's runtime keeps it); a
 * model that knows nothing (every message scores 0.5) when the file is missing.
 */
export function shippedSpamModel(): SpamModel {
  const path = shippedSpamModelPath();
  if (!existsSync(path)) {
    return new SpamModel({
      format: 'guildhall-spam-nb/1',
      trainedOn: [],
      threshold: 1,
      spamMessages: 1,
      hamMessages: 1,
      features: {},
    });
  }
  return new SpamModel(SpamModelFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
