/**
 * Discord markdown turned into plain text for the other platforms: code fences and inline code
 * marks, bold, italics, underline, strike-through, spoilers, headings, quotes and masked links
 * (`[text](url)` → `text (url)`) go; mentions of users, roles and channels go; custom emoji
 * become `:name:`. Hashtags (`#word`, no space) stay.
 * @param markdown - what the author wrote
 */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/```[a-z0-9+-]*\n?([\s\S]*?)```/gi, '$1')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    .replace(/<(?:@[!&]?|#)\d+>/g, '')
    .replace(/^#{1,3}\s+/gm, '')
    .replace(/^-#\s+/gm, '')
    .replace(/^>{1,3}\s?/gm, '')
    .replace(/\*\*|__|~~|\|\|/g, '')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
