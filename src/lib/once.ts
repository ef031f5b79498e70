/** A value made on first use and shared by every later call: what one build computes once for all its pages. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
