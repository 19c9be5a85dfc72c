/** The roles a directory row may give (CONTRACTS §2). */
export const ROLES = ['staff', 'pupil', 'parent', 'other'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What an address resolves to. `unknown` means nothing says who it is: not in the directory, and
 * either outside the school's domains or on a domain the profile gives to both staff and pupils.
 */
export type AddressRole = Role | 'unknown';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
