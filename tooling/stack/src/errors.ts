/**
 * A problem with the set-up that the operator can fix (a malformed secrets file, a port in use, a
 * database the tests must not touch): the entry points print its message alone, without a trace.
 */
export class StackError extends Error {
  override name = "StackError";
}
