import type { CommandHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { searchSimilar } from '../similar/rankSimilar.js';
import { guildSimilarIndex } from '../similar/similarIndex.js';
import { matchLines } from '../similar/similarMessage.js';
import type { SupportContext } from '../SupportContext.js';

/** Results `/faq search` shows at most. */
export const FAQ_RESULTS = 5;

const privately = (content: string): InteractionReply => ({ content: content.slice(0, 2000), ephemeral: true });

/**
 * `/faq search query:<text>`: the best FAQ entries, verified guides and solved questions for
 * a few words, with links, answered privately (the same index and BM25+ ranking as the
 * similar-question suggestions).
 */
export const faqCommand: CommandHandler<SupportContext> = {
  definition: {
    name: 'faq',
    description: 'Search the knowledge base: FAQ, verified guides and solved questions',
    options: [
      {
        type: 'subcommand',
        name: 'search',
        description: 'Find FAQ entries, guides and solved questions',
        options: [{ name: 'query', description: 'What are you looking for?', type: 'string', required: true }],
      },
    ],
  },
  async handle(interaction, ctx) {
    if (!ctx.config.enabled) return privately('The knowledge base is turned off here.');
    if ((interaction.payload.subcommand ?? null) !== 'search')
      return privately('Use /faq search query:<what you are looking for>.');
    const raw = interaction.payload.options.query;
    const query = typeof raw === 'string' ? raw.trim().slice(0, 300) : '';
    if (query === '') return privately('Tell me what to look for: /faq search query:<words>.');
    const matches = searchSimilar(await guildSimilarIndex(ctx, interaction.guildId), query, FAQ_RESULTS);
    if (matches.length === 0) {
      return privately(
        `Nothing in the knowledge base matches “${query}” yet. Ask in a help channel: someone will know.`,
      );
    }
    return privately([`Best matches for “${query}”:`, ...matchLines(interaction.guildId, matches)].join('\n'));
  },
};
