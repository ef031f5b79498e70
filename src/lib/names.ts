/** Alphabetical order and index forms of names, Chinese names included. */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export const compareNames = (a: string, b: string) => collator.compare(a, b);

/**
 * The form a person takes in an alphabetical index: Chinese names, which put
 * the family name first, stay as they are ("Xiao Jieyun"); others are
 * inverted ("Berst, Jesse").
 */
export function indexName(name: string, familyName: string): string {
  if (name.startsWith(`${familyName} `) || name === familyName) return name;
  const given = name.split(' ').filter((word) => word !== familyName).join(' ');
  return `${familyName}, ${given}`;
}

/** The letter a name is filed under. */
export const indexLetter = (sortName: string) =>
  sortName.normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase() || '#';
