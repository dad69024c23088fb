/**
 * Whether a parsed module section is switched on: every section is, unless it says
 * `enabled: false`.
 * @param section - the module's parsed section
 */
export function isSectionEnabled(section: unknown): boolean {
  return !(typeof section === 'object' && section !== null && 'enabled' in section && section.enabled === false);
}
