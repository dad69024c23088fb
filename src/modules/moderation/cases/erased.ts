/**
 * What an erased member's id becomes where a row about someone else stays: the moderator of
 * a case (`actor_id`), who filed or decided an appeal, who started a lockdown, their id in text.
 */
export const ERASED = 'erased';
