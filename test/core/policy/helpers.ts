/** A profile with exactly the minimum fields of CONTRACTS §1. */
export function minimumProfile(): Record<string, unknown> {
  return {
    school: { name: 'Example School', timezone: 'Europe/London' },
    domains: { staff: ['example.sch.uk'], pupils: ['pupils.example.sch.uk'] },
    mail: {
      staffPupilEmail: 'allowed',
      allowedHours: { start: '07:30', end: '18:00', weekdaysOnly: true },
    },
  };
}

/** The minimum profile with one value replaced (or removed, with `undefined`) at a dotted path. */
export function withValue(path: string, value: unknown): Record<string, unknown> {
  const profile = minimumProfile();
  const keys = path.split('.');
  let target: Record<string, unknown> = profile;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return profile;
}
