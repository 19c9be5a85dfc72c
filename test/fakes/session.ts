/** Session: who the script runs as (effective user) and who is at the keyboard (active user, empty in triggers). */
import { FakeObject } from './fake-object';
import { FakeUser } from './user';

export interface SessionHost {
  effectiveUser(): string;
  activeUser(): string;
  scriptTimeZone(): string;
}

export class FakeSession extends FakeObject {
  constructor(private readonly host: SessionHost) {
    super();
  }

  getActiveUser(): FakeUser {
    return new FakeUser(this.host.activeUser());
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.host.effectiveUser());
  }

  getScriptTimeZone(): string {
    return this.host.scriptTimeZone();
  }

  getActiveUserLocale(): string {
    return 'en_GB';
  }

  getTemporaryActiveUserKey(): string {
    return `key-${this.host.activeUser().length}-${this.host.activeUser().split('@')[0] ?? ''}`;
  }
}
