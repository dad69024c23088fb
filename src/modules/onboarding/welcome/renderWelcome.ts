/**
 * Fills a welcome template: `{member}` becomes a mention, `{community}` the community name.
 * Unknown placeholders are left as written.
 * @param template - text from community.yaml
 * @param values - the member's id and the community name
 */
export function renderWelcome(template: string, values: { userId: string; community: string }): string {
  return template.replaceAll('{member}', `<@${values.userId}>`).replaceAll('{community}', values.community);
}
