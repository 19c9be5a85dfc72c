/** Labels for the fixed answers, shared by the form, validation (labels are accepted), the log and summaries. */
import type { Answer, Choice, Location } from './types';

export const LOCATION_CHOICES: readonly (Choice & { value: Location })[] = [
  { value: 'school-system', label: 'On a school device or the school network' },
  { value: 'personal-device-in-school', label: 'On a personal device in school' },
  { value: 'outside-school', label: 'Outside school' },
  { value: 'not-known', label: 'Not known' },
];

export const ANSWER_CHOICES: readonly (Choice & { value: Answer })[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'Not sure' },
];

export function locationLabel(location: Location): string {
  return LOCATION_CHOICES.find((choice) => choice.value === location)?.label ?? location;
}
