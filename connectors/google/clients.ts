/**
 * googleapis service objects acting as one user, built the same way for every call: the connection's API
 * root, googleapis' own retry switched off (limiter.ts is the one retry loop), and Node's built-in fetch
 * (gaxios would otherwise load node-fetch through a dynamic import, which fails inside jest's VM and
 * adds nothing on Node 20).
 */
import { google, type admin_directory_v1, type drive_v3 } from 'googleapis';
import { GOOGLE_SCOPES, type GoogleConnection } from './auth';

export type DriveAccess = 'read' | 'write';

export interface GoogleClients {
  /** Drive v3 as `user`: read-only scope unless `access` is 'write' (fixes). */
  drive(user: string, access?: DriveAccess): drive_v3.Drive;
  /** Directory v1 as the administrator. */
  directory(admin: string): admin_directory_v1.Admin;
}

/** Options every googleapis service gets from a connection. */
export function googleServiceOptions(connection: GoogleConnection, user: string, scopes: readonly string[]) {
  return {
    auth: connection.clientFor(user, scopes),
    ...(connection.rootUrl !== undefined && { rootUrl: connection.rootUrl }),
    retry: false,
    fetchImplementation: fetch,
  };
}

export function googleClients(connection: GoogleConnection): GoogleClients {
  const drives = new Map<string, drive_v3.Drive>();
  const directories = new Map<string, admin_directory_v1.Admin>();
  return {
    drive(user, access = 'read') {
      const key = `${access} ${user.toLowerCase()}`;
      let client = drives.get(key);
      if (!client) {
        const scope = access === 'write' ? GOOGLE_SCOPES.driveWrite : GOOGLE_SCOPES.driveRead;
        client = google.drive({ version: 'v3', ...googleServiceOptions(connection, user, [scope]) });
        drives.set(key, client);
      }
      return client;
    },
    directory(admin) {
      const key = admin.toLowerCase();
      let client = directories.get(key);
      if (!client) {
        client = google.admin({
          version: 'directory_v1',
          ...googleServiceOptions(connection, admin, [GOOGLE_SCOPES.directoryUsers]),
        });
        directories.set(key, client);
      }
      return client;
    },
  };
}
