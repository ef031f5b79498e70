/** Command-line options of the build and benchmark scripts: `--name value`. */

/** The value after `--name` on the command line, if it is there. */
export function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** The archive sizes a benchmark runs, from `--sizes 5,100,1000`, or its default. */
export const sizesOption = (fallback: string): number[] => (option('--sizes') ?? fallback).split(',').map(Number);
