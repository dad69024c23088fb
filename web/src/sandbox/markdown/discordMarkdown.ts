import { rules, SimpleMarkdown, type parse } from 'discord-markdown-parser';

/** A node of the parsed message (`{ type, … }`: text, strong, user, timestamp …). */
export type SingleASTNode = ReturnType<typeof parse>[number];
type ParserRule = (typeof rules)[string];

/**
 * Discord's own message rules (discord-markdown-parser: bold, italics, underline, strike,
 * code, code blocks, quotes, spoilers, headings, subtext, mentions, emoji, timestamps,
 * slash-command mentions), plus the two Discord has added since: lists (`- item`, `1. item`,
 * simple-markdown's list rule, allowed at the start of any line as Discord does) and masked
 * links (`[text](https://…)`).
 */
const list: ParserRule = {
  ...SimpleMarkdown.defaultRules.list,
  // simple-markdown only starts lists in block scope; Discord messages are parsed inline.
  match: (source, state, previous) =>
    SimpleMarkdown.defaultRules.list.match(source, { ...state, _list: true }, previous),
};

const parser = SimpleMarkdown.parserFor({ ...rules, list, link: SimpleMarkdown.defaultRules.link });

/**
 * Parses a message's text as Discord does into an AST (rendered by MessageContent; nothing
 * is ever turned into HTML).
 * @param text - the message content
 */
export function parseDiscordMarkdown(text: string): SingleASTNode[] {
  return parser(text, { inline: true });
}
