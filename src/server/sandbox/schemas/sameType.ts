/**
 * `true` when A and B are the same type (every key, optional or not, and every value type):
 * `const check: SameType<z.infer<typeof S>, T> = true` fails to compile when a response schema
 * and the type it documents drift apart (a key the schema lacked would be stripped from replies).
 */
// The two generic functions are only equal when A and B are identical (not merely assignable).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the trick needs the unused parameter
export type SameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
