// `list.filter(Boolean)` drops null, undefined and the other falsy values, but TypeScript's own
// signature keeps them in the element type (microsoft/TypeScript#16655), which `strict` then
// reports wherever the result is used (src/bootstrap/seed.ts). This overload says what the call
// does, as ts-reset does; it exists for this project only.
interface Array<T> {
  filter(
    predicate: BooleanConstructor,
    thisArg?: unknown,
  ): Exclude<T, false | 0 | "" | null | undefined>[];
}
interface ReadonlyArray<T> {
  filter(
    predicate: BooleanConstructor,
    thisArg?: unknown,
  ): Exclude<T, false | 0 | "" | null | undefined>[];
}
