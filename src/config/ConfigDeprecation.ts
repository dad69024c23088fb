/** One deprecated key found in a community.yaml: still valid, reported as a warning by `guildhall validate`. */
export interface ConfigDeprecation {
  /** Dotted path from the file's root: `recognition.messageCooldownSeconds`. */
  path: string;
  /** The same path as keys (for locating its line in the YAML document). */
  keys: readonly string[];
  /** What to write instead: `deprecated, use messageCooldown: "60s"`. */
  message: string;
}
