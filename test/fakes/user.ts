import { FakeObject } from './fake-object';

/** Base.User and Drive.User in one: an account as scripts see it. */
export class FakeUser extends FakeObject {
  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }

  getName(): string {
    return this.email.split('@')[0] ?? '';
  }

  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }

  getUserLoginId(): string {
    return this.email;
  }
}

/** `addEditor` and friends take an address or a User. */
export function emailOf(user: unknown): string {
  if (typeof user === 'string') return user.trim().toLowerCase();
  if (user instanceof FakeUser) return user.getEmail().toLowerCase();
  throw new TypeError('expected an email address or a User');
}
