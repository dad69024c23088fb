import { describe, expect, it } from 'vitest';
import { configModuleList } from './configModuleList.js';
import { moduleList } from './moduleList.js';

describe('configModuleList', () => {
  it('holds every module of moduleList, in order, with the same schema, requirements and deprecations', () => {
    expect(configModuleList.map((m) => m.id)).toEqual(moduleList.map((m) => m.id));
    for (const [index, module] of moduleList.entries()) {
      const light = configModuleList[index];
      expect(light?.config).toBe(module.config);
      expect(light?.requires ?? []).toEqual(module.requires ?? []);
      expect(light?.configDeprecations).toBe(module.configDeprecations);
    }
  });
});
