import { UserError } from '../../../core/errors.js';

/** A file that is not a readable DCE export, with where it went wrong. */
export class DceFormatError extends UserError {
  /**
   * @param file - the file
   * @param where - e.g. `byte 1234` or `message 17 (id 1060…)`
   * @param problem - what is wrong
   */
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`);
  }
}
