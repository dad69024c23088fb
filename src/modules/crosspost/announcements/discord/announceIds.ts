/** Custom ids of the `/announce` form and preview buttons. */
export const ANNOUNCE_IDS = {
  /** The compose form: `crosspost:compose`. */
  form: 'crosspost:compose',
  /** Publish a draft: `crosspost:publish:<postId>`. */
  publish: 'crosspost:publish:',
  /** Cancel a draft: `crosspost:cancel:<postId>`. */
  cancel: 'crosspost:cancel:',
} as const;

/** The form's inputs. */
export const ANNOUNCE_INPUTS = { title: 'title', text: 'text', link: 'link', hashtags: 'hashtags' } as const;
