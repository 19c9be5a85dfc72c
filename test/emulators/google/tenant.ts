/**
 * The Workspace tenant the emulator serves: accounts, shared drives, files with their direct grants, and
 * the change log. Files are indexed by owner, parent, drive and grantee so a request touches only the
 * files it concerns (benchmarks hold 100,000). The mutators record changes the way Drive's feed reports
 * them: one per affected file (a folder's sharing change reaches every descendant).
 */
import {
  FOLDER_MIME,
  type FileFixture,
  type GoogleTenantFixture,
  type PermissionFixture,
  type PermissionRole,
  type PermissionType,
} from './fixture';

export interface EmuPermission {
  readonly id: string;
  readonly type: PermissionType;
  role: PermissionRole;
  readonly emailAddress?: string;
  readonly domain?: string;
  allowFileDiscovery?: boolean;
  expirationTime?: string;
  deleted?: boolean;
}

export interface EmuFile {
  readonly id: string;
  name: string;
  mimeType: string;
  /** My Drive owner, lower-cased; absent for shared-drive items. */
  readonly owner?: string;
  readonly driveId?: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  content: Buffer;
  /** Reported size of Google-type files (their content is the export text). */
  sizeOverride?: number;
  /** Direct grants on this item (the owner's grant is implicit). */
  permissions: EmuPermission[];
  version: number;
  /** Creation order: listings are in it. */
  readonly seq: number;
}

export interface EmuDrive {
  readonly id: string;
  name: string;
  readonly createdTime: string;
  members: EmuPermission[];
}

export interface EmuUser {
  readonly id: string;
  readonly primaryEmail: string;
  readonly orgUnitPath: string;
  suspended: boolean;
  archived: boolean;
  readonly aliases: string[];
  readonly fullName: string;
}

export interface PermissionDetail {
  readonly permissionType: 'file' | 'member';
  readonly role: PermissionRole;
  readonly inherited: boolean;
  readonly inheritedFrom?: string;
}

/** A grant as Drive lists it on an item: direct and inherited sources of one grantee merged. */
export interface EffectivePermission extends EmuPermission {
  readonly details: PermissionDetail[];
}

export interface ChangeRecord {
  readonly seq: number;
  readonly fileId: string;
  readonly driveId?: string;
  readonly time: string;
  /** Accounts that could see the file before or after the change: whose feeds carry it. */
  readonly audience: ReadonlySet<string>;
  /** What happened, for the Reports API's Drive events (resources/reports.ts). */
  readonly kind: ChangeKind;
  /** My Drive owner at the time (kept after a deletion). */
  readonly owner?: string;
  /** Who did it: the API caller, else the owner (shared-drive items: the admin). */
  readonly actor: string;
  /** The folder or shared drive whose change reached this item, when not the item itself. */
  readonly via?: string;
}

export type ChangeKind =
  | 'create'
  | 'edit'
  | 'rename'
  | 'move'
  | 'trash'
  | 'untrash'
  | 'delete'
  | 'user_access'
  | 'visibility'
  | 'drive_membership';

const grantKind = (p: EmuPermission): ChangeKind =>
  p.type === 'anyone' || p.type === 'domain' ? 'visibility' : 'user_access';

export const GOOGLE_TYPE_PREFIX = 'application/vnd.google-apps.';
const ROLE_RANK: Readonly<Record<PermissionRole, number>> = {
  reader: 1,
  commenter: 2,
  writer: 3,
  fileOrganizer: 4,
  organizer: 5,
  owner: 6,
};

export const roleRank = (role: PermissionRole): number => ROLE_RANK[role];

const idCache = new Map<string, string>();

/** Drive keeps one permission id per grantee (the same on every file); these are stable stand-ins. */
export function permissionIdFor(p: Pick<PermissionFixture, 'type' | 'emailAddress' | 'domain' | 'allowFileDiscovery'>) {
  if (p.type === 'anyone') return p.allowFileDiscovery ? 'anyone' : 'anyoneWithLink';
  const key = p.type === 'domain' ? `domain:${(p.domain ?? '').toLowerCase()}` : (p.emailAddress ?? '').toLowerCase();
  let id = idCache.get(key);
  if (id === undefined) idCache.set(key, (id = hashId(key, p.type === 'domain')));
  return id;
}

function hashId(key: string, domain: boolean): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ key.charCodeAt(i), 2246822519) >>> 0;
  }
  const digits = `${h1.toString().padStart(10, '0')}${h2.toString().padStart(10, '0')}`;
  return domain ? `${digits}k` : digits;
}

export type PermissionInput = PermissionFixture;

function toPermission(p: PermissionFixture): EmuPermission {
  if ((p.type === 'user' || p.type === 'group') && !p.emailAddress) {
    throw new Error(`A ${p.type} permission needs an emailAddress.`);
  }
  if (p.type === 'domain' && !p.domain) throw new Error('A domain permission needs a domain.');
  const perm: EmuPermission = {
    id: p.id ?? permissionIdFor(p),
    type: p.type,
    role: p.role,
    ...(p.emailAddress !== undefined ? { emailAddress: p.emailAddress.toLowerCase() } : {}),
    ...(p.domain !== undefined ? { domain: p.domain.toLowerCase() } : {}),
  };
  if (p.type === 'anyone' || p.type === 'domain') perm.allowFileDiscovery = p.allowFileDiscovery ?? false;
  if (p.expirationTime !== undefined) perm.expirationTime = p.expirationTime;
  if (p.deleted !== undefined) perm.deleted = p.deleted;
  return perm;
}

function granteeKey(p: EmuPermission): string {
  if (p.type === 'anyone') return 'anyone';
  if (p.type === 'domain') return `domain:${p.domain ?? ''}`;
  return `user:${p.emailAddress ?? ''}`;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

export interface FileUpdate {
  name?: string;
  mimeType?: string;
  content?: string | Buffer;
  modifiedTime?: string;
}

export class GoogleTenant {
  readonly domains: readonly string[];
  readonly admin: string;
  /** Time stamp of mutations; tests may pin it. */
  clock: () => Date = () => new Date();

  private readonly usersByEmail = new Map<string, EmuUser>();
  private readonly aliasToPrimary = new Map<string, string>();
  private readonly drives = new Map<string, EmuDrive>();
  private readonly files = new Map<string, EmuFile>();
  private readonly byOwner = new Map<string, Set<string>>();
  private readonly byParent = new Map<string, Set<string>>();
  private readonly byDrive = new Map<string, Set<string>>();
  private readonly byGrantee = new Map<string, Set<string>>();
  private readonly changeLog: ChangeRecord[] = [];
  private readonly changesByFile = new Map<string, number[]>();
  private fileSeq = 0;
  private readonly addressCache = new Map<string, ReadonlySet<string>>();
  private actor: string | undefined;

  constructor(fixture: GoogleTenantFixture) {
    this.domains = fixture.domains.map((d) => d.toLowerCase());
    this.admin = fixture.admin.toLowerCase();
    fixture.users.forEach((u, i) => {
      const email = u.primaryEmail.toLowerCase();
      const user: EmuUser = {
        id: String(100000000000000000000n + BigInt(i + 1)),
        primaryEmail: email,
        orgUnitPath: u.orgUnitPath ?? '/',
        suspended: u.suspended ?? false,
        archived: u.archived ?? false,
        aliases: (u.aliases ?? []).map((a) => a.toLowerCase()),
        fullName: u.fullName ?? email.split('@')[0] ?? email,
      };
      this.usersByEmail.set(email, user);
      for (const a of user.aliases) this.aliasToPrimary.set(a, email);
    });
    const created = new Date(0).toISOString();
    for (const d of fixture.sharedDrives ?? []) {
      this.drives.set(d.id, { id: d.id, name: d.name, createdTime: created, members: d.members.map(toPermission) });
    }
    const loaded = this.clock().toISOString();
    for (const f of fixture.files) this.insertFile(f, loaded);
  }

  // ---- accounts -------------------------------------------------------------------------------------

  /** By primary address or alias. */
  user(address: string): EmuUser | undefined {
    const key = address.toLowerCase();
    return this.usersByEmail.get(this.aliasToPrimary.get(key) ?? key);
  }

  listUsers(): EmuUser[] {
    return [...this.usersByEmail.values()].sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
  }

  isSchoolDomain(domain: string): boolean {
    return this.domains.includes(domain.toLowerCase());
  }

  // ---- reads ----------------------------------------------------------------------------------------

  file(id: string): EmuFile | undefined {
    return this.files.get(id);
  }

  drive(id: string): EmuDrive | undefined {
    return this.drives.get(id);
  }

  allDrives(): EmuDrive[] {
    return [...this.drives.values()];
  }

  get fileCount(): number {
    return this.files.size;
  }

  ownedBy(email: string): ReadonlySet<string> {
    return this.byOwner.get(email.toLowerCase()) ?? new Set();
  }

  childrenOf(parentId: string): ReadonlySet<string> {
    return this.byParent.get(parentId) ?? new Set();
  }

  inDrive(driveId: string): ReadonlySet<string> {
    return this.byDrive.get(driveId) ?? new Set();
  }

  isFolder(f: EmuFile): boolean {
    return f.mimeType === FOLDER_MIME;
  }

  /** Folders above the item, nearest first (shared-drive roots are not files and are left out). */
  ancestors(f: EmuFile): EmuFile[] {
    const out: EmuFile[] = [];
    const seen = new Set<string>([f.id]);
    let current = f;
    for (;;) {
      const parent = current.parents.map((p) => this.files.get(p)).find((p) => p !== undefined);
      if (!parent || seen.has(parent.id)) return out;
      seen.add(parent.id);
      out.push(parent);
      current = parent;
    }
  }

  /** Every item below a folder (or a shared drive id), depth first. */
  descendants(folderId: string): EmuFile[] {
    const out: EmuFile[] = [];
    const stack = [folderId];
    const seen = new Set<string>(stack);
    while (stack.length > 0) {
      for (const childId of this.childrenOf(stack.pop() as string)) {
        const child = this.files.get(childId);
        if (!child || seen.has(childId)) continue;
        seen.add(childId);
        out.push(child);
        if (this.isFolder(child)) stack.push(childId);
      }
    }
    return out;
  }

  /** The grants Drive lists on the item: owner, drive membership, folder grants and direct grants merged. */
  effectivePermissions(f: EmuFile): EffectivePermission[] {
    const merged = new Map<string, { perm: EmuPermission; details: PermissionDetail[] }>();
    const add = (p: EmuPermission, detail: PermissionDetail) => {
      const entry = merged.get(p.id);
      if (!entry) {
        merged.set(p.id, { perm: { ...p }, details: [detail] });
        return;
      }
      entry.details.push(detail);
      if (roleRank(p.role) > roleRank(entry.perm.role)) entry.perm = { ...p, role: p.role };
    };
    const inShared = f.driveId !== undefined;
    if (f.owner !== undefined) {
      const owner = toPermission({ type: 'user', role: 'owner', emailAddress: f.owner });
      add(owner, { permissionType: 'file', role: 'owner', inherited: false });
    }
    if (inShared) {
      for (const m of this.drives.get(f.driveId as string)?.members ?? []) {
        add(m, { permissionType: 'member', role: m.role, inherited: true, inheritedFrom: f.driveId });
      }
    }
    for (const folder of this.ancestors(f)) {
      // The owner of a folder reaches what others put in it.
      if (folder.owner !== undefined && folder.owner !== f.owner) {
        const owner = toPermission({ type: 'user', role: 'writer', emailAddress: folder.owner });
        add(owner, { permissionType: 'file', role: 'writer', inherited: true });
      }
      for (const p of folder.permissions) {
        add(p, {
          permissionType: 'file',
          role: p.role,
          inherited: true,
          ...(inShared ? { inheritedFrom: folder.id } : {}),
        });
      }
    }
    for (const p of f.permissions) add(p, { permissionType: 'file', role: p.role, inherited: false });
    return [...merged.values()].map(({ perm, details }) => ({ ...perm, details }));
  }

  /** The caller's role on the item through owner, user grants (direct or inherited) or drive membership. */
  roleOf(
    email: string,
    f: EmuFile,
    effective: readonly EffectivePermission[] = this.effectivePermissions(f),
  ): PermissionRole | undefined {
    const addresses = this.addressesOf(email);
    let best: PermissionRole | undefined;
    for (const p of effective) {
      if (p.type !== 'user' || p.emailAddress === undefined || !addresses.has(p.emailAddress)) continue;
      if (best === undefined || roleRank(p.role) > roleRank(best)) best = p.role;
    }
    return best;
  }

  /** Role through a link (anyone or the caller's domain), which lets a caller open but not list the item. */
  linkRole(
    email: string,
    f: EmuFile,
    effective: readonly EffectivePermission[] = this.effectivePermissions(f),
  ): PermissionRole | undefined {
    const domain = email.split('@')[1] ?? '';
    const now = this.clock().getTime();
    let best: PermissionRole | undefined;
    for (const p of effective) {
      if (p.expirationTime !== undefined && Date.parse(p.expirationTime) <= now) continue;
      const applies = p.type === 'anyone' || (p.type === 'domain' && p.domain === domain);
      if (applies && (best === undefined || roleRank(p.role) > roleRank(best))) best = p.role;
    }
    return best;
  }

  /** The account's addresses (primary and aliases), or just the address for someone outside. */
  addressesOf(email: string): ReadonlySet<string> {
    const key = email.toLowerCase();
    let set = this.addressCache.get(key);
    if (!set) {
      const u = this.user(key);
      set = new Set(u ? [u.primaryEmail, ...u.aliases] : [key]);
      if (this.addressCache.size > 10000) this.addressCache.clear();
      this.addressCache.set(key, set);
    }
    return set;
  }

  isDriveMember(email: string, driveId: string): PermissionRole | undefined {
    const addresses = this.addressesOf(email);
    const domain = email.split('@')[1] ?? '';
    let best: PermissionRole | undefined;
    for (const m of this.drives.get(driveId)?.members ?? []) {
      const applies =
        (m.type === 'user' && m.emailAddress !== undefined && addresses.has(m.emailAddress)) ||
        (m.type === 'domain' && m.domain === domain);
      if (applies && (best === undefined || roleRank(m.role) > roleRank(best))) best = m.role;
    }
    return best;
  }

  /** Items a user's "My Drive + shared with me" corpus holds: owned, or reached by a user grant. */
  userCorpus(email: string): Set<string> {
    const out = new Set<string>();
    for (const address of this.addressesOf(email)) {
      for (const id of this.ownedBy(address)) out.add(id);
      for (const id of this.byGrantee.get(`user:${address}`) ?? []) {
        const f = this.files.get(id);
        if (!f || f.driveId !== undefined) continue;
        out.add(id);
        if (this.isFolder(f)) for (const d of this.descendants(id)) out.add(d.id);
      }
    }
    return out;
  }

  /** Items reached by a grant to the domain or to anyone (for `corpora=domain`). */
  linkSharedItems(domain: string): Set<string> {
    const out = new Set<string>();
    for (const key of [`domain:${domain}`, 'anyone']) for (const id of this.byGrantee.get(key) ?? []) out.add(id);
    return out;
  }

  /** Users (primary addresses) that hold the item in their corpus or drive: whose change feeds see it. */
  audienceOf(f: EmuFile): Set<string> {
    const out = new Set<string>();
    const add = (address: string | undefined) => {
      if (address !== undefined) out.add(this.user(address)?.primaryEmail ?? address);
    };
    for (const p of this.effectivePermissions(f)) {
      if (p.type === 'user') add(p.emailAddress);
      else if (p.type === 'domain' && f.driveId !== undefined && p.details.some((d) => d.permissionType === 'member')) {
        for (const u of this.usersByEmail.values())
          if (u.primaryEmail.endsWith(`@${p.domain ?? ''}`)) add(u.primaryEmail);
      }
    }
    return out;
  }

  // ---- change log -----------------------------------------------------------------------------------

  /** The token for "changes after now", as `changes.getStartPageToken` returns it. */
  startPageToken(): string {
    return String(this.changeLog.length + 1);
  }

  changesSince(token: number): readonly ChangeRecord[] {
    return this.changeLog.slice(Math.max(0, token - 1));
  }

  get lastChangeSeq(): number {
    return this.changeLog.length;
  }

  change(seq: number): ChangeRecord | undefined {
    return this.changeLog[seq - 1];
  }

  /** Runs `fn` with `email` recorded as the actor of its changes (the emulator's API calls). */
  actingAs<T>(email: string, fn: () => T): T {
    const previous = this.actor;
    this.actor = email.toLowerCase();
    try {
      return fn();
    } finally {
      this.actor = previous;
    }
  }

  /** True when a later change of the same file also reaches `audience` member `who` (Drive keeps the latest). */
  supersededFor(change: ChangeRecord, accepts: (c: ChangeRecord) => boolean): boolean {
    const seqs = this.changesByFile.get(change.fileId) ?? [];
    for (let i = seqs.length - 1; i >= 0; i--) {
      const seq = seqs[i] as number;
      if (seq <= change.seq) return false;
      if (accepts(this.changeLog[seq - 1] as ChangeRecord)) return true;
    }
    return false;
  }

  // ---- mutators (each records Drive changes) --------------------------------------------------------

  addFile(fixture: FileFixture): EmuFile {
    const f = this.insertFile(fixture);
    this.record([f], new Map(), 'create', f.id);
    return f;
  }

  updateFile(id: string, update: FileUpdate): EmuFile {
    const f = this.mustFile(id);
    const before = this.snapshotAudience([f]);
    if (update.name !== undefined) f.name = update.name;
    if (update.mimeType !== undefined) f.mimeType = update.mimeType;
    if (update.content !== undefined) {
      f.content = typeof update.content === 'string' ? Buffer.from(update.content, 'utf8') : update.content;
    }
    f.modifiedTime = update.modifiedTime ?? this.clock().toISOString();
    const renameOnly = update.name !== undefined && update.content === undefined && update.mimeType === undefined;
    this.record([f], before, renameOnly ? 'rename' : 'edit', f.id);
    return f;
  }

  rename(id: string, name: string): EmuFile {
    return this.updateFile(id, { name });
  }

  /** Adds a grant, or updates the grantee's existing one (as `permissions.create` does). `id` may be a drive's. */
  addPermission(id: string, input: PermissionInput): EmuPermission {
    const perm = toPermission(input);
    const drive = this.drives.get(id);
    if (drive) {
      const affected = this.descendants(id);
      const before = this.snapshotAudience(affected);
      drive.members = upsert(drive.members, perm);
      this.record(affected, before, 'drive_membership', id);
      return perm;
    }
    const f = this.mustFile(id);
    const affected = [f, ...(this.isFolder(f) ? this.descendants(id) : [])];
    const before = this.snapshotAudience(affected);
    for (const old of f.permissions) if (old.id === perm.id) removeFrom(this.byGrantee, granteeKey(old), f.id);
    f.permissions = upsert(f.permissions, perm);
    addTo(this.byGrantee, granteeKey(perm), f.id);
    this.record(affected, before, grantKind(perm), id);
    return perm;
  }

  /** Same as addPermission: the grantee's grant ends up exactly as given. */
  setPermission(id: string, input: PermissionInput): EmuPermission {
    return this.addPermission(id, input);
  }

  /** Removes a direct grant (or a drive member); false when there was none with that id. */
  removePermission(id: string, permissionId: string): boolean {
    const drive = this.drives.get(id);
    if (drive) {
      if (!drive.members.some((m) => m.id === permissionId)) return false;
      const affected = this.descendants(id);
      const before = this.snapshotAudience(affected);
      drive.members = drive.members.filter((m) => m.id !== permissionId);
      this.record(affected, before, 'drive_membership', id);
      return true;
    }
    const f = this.mustFile(id);
    const perm = f.permissions.find((p) => p.id === permissionId);
    if (!perm) return false;
    const affected = [f, ...(this.isFolder(f) ? this.descendants(id) : [])];
    const before = this.snapshotAudience(affected);
    f.permissions = f.permissions.filter((p) => p.id !== permissionId);
    removeFrom(this.byGrantee, granteeKey(perm), f.id);
    this.record(affected, before, grantKind(perm), id);
    return true;
  }

  trash(id: string): EmuFile {
    return this.setTrashed(id, true);
  }

  untrash(id: string): EmuFile {
    return this.setTrashed(id, false);
  }

  /** Permanently deletes the item (and, for a folder, everything in it). */
  deleteFile(id: string): void {
    const f = this.mustFile(id);
    const affected = [f, ...(this.isFolder(f) ? this.descendants(id) : [])];
    const before = this.snapshotAudience(affected);
    for (const g of affected) this.unindex(g);
    for (const g of affected) this.files.delete(g.id);
    this.record(affected, before, 'delete', id);
  }

  moveFile(id: string, newParents: string[]): EmuFile {
    const f = this.mustFile(id);
    const affected = [f, ...(this.isFolder(f) ? this.descendants(id) : [])];
    const before = this.snapshotAudience(affected);
    for (const p of f.parents) removeFrom(this.byParent, p, f.id);
    f.parents = [...newParents];
    for (const p of f.parents) addTo(this.byParent, p, f.id);
    f.modifiedTime = this.clock().toISOString();
    this.record(affected, before, 'move', id);
    return f;
  }

  // ---- internals ------------------------------------------------------------------------------------

  private setTrashed(id: string, trashed: boolean): EmuFile {
    const f = this.mustFile(id);
    const affected = [f, ...(this.isFolder(f) ? this.descendants(id) : [])];
    const before = this.snapshotAudience(affected);
    for (const g of affected) g.trashed = trashed;
    this.record(affected, before, trashed ? 'trash' : 'untrash', id);
    return f;
  }

  private mustFile(id: string): EmuFile {
    const f = this.files.get(id);
    if (!f) throw new Error(`No file ${id} in the emulated tenant.`);
    return f;
  }

  /** `now`: the time stamp of files the fixture gives none (one per load keeps 100,000 inserts fast). */
  private insertFile(fx: FileFixture, now?: string): EmuFile {
    if (this.files.has(fx.id)) throw new Error(`Duplicate file id ${fx.id} in the fixture.`);
    if ((fx.owner === undefined) === (fx.driveId === undefined)) {
      throw new Error(`File ${fx.id} needs exactly one of owner (My Drive) or driveId (shared drive).`);
    }
    if (fx.driveId !== undefined && !this.drives.has(fx.driveId)) {
      throw new Error(`File ${fx.id} is in unknown shared drive ${fx.driveId}.`);
    }
    const time = fx.modifiedTime ?? now ?? this.clock().toISOString();
    const content =
      fx.contentBase64 !== undefined ? Buffer.from(fx.contentBase64, 'base64') : Buffer.from(fx.content ?? '', 'utf8');
    this.fileSeq += 1;
    // Every property always set: one object shape for all files keeps property access fast.
    const f: EmuFile = {
      id: fx.id,
      name: fx.name,
      mimeType: fx.mimeType,
      owner: fx.owner?.toLowerCase(),
      driveId: fx.driveId,
      parents: fx.parents ? [...fx.parents] : fx.driveId !== undefined ? [fx.driveId] : [],
      trashed: fx.trashed ?? false,
      createdTime: time,
      modifiedTime: time,
      content,
      sizeOverride: fx.size,
      permissions: fx.permissions ? fx.permissions.map(toPermission) : [],
      version: 1,
      seq: this.fileSeq,
    };
    this.files.set(f.id, f);
    this.index(f);
    return f;
  }

  private index(f: EmuFile): void {
    if (f.owner !== undefined) addTo(this.byOwner, f.owner, f.id);
    if (f.driveId !== undefined) addTo(this.byDrive, f.driveId, f.id);
    for (const p of f.parents) addTo(this.byParent, p, f.id);
    for (const p of f.permissions) addTo(this.byGrantee, granteeKey(p), f.id);
  }

  private unindex(f: EmuFile): void {
    if (f.owner !== undefined) removeFrom(this.byOwner, f.owner, f.id);
    if (f.driveId !== undefined) removeFrom(this.byDrive, f.driveId, f.id);
    for (const p of f.parents) removeFrom(this.byParent, p, f.id);
    for (const p of f.permissions) removeFrom(this.byGrantee, granteeKey(p), f.id);
  }

  private snapshotAudience(files: readonly EmuFile[]): Map<string, Set<string>> {
    return new Map(files.map((f) => [f.id, this.audienceOf(f)]));
  }

  private record(files: readonly EmuFile[], before: Map<string, Set<string>>, kind: ChangeKind, origin: string): void {
    const time = this.clock().toISOString();
    for (const f of files) {
      const audience = new Set(before.get(f.id) ?? []);
      if (this.files.has(f.id)) {
        f.version += 1;
        for (const a of this.audienceOf(f)) audience.add(a);
      }
      const seq = this.changeLog.length + 1;
      this.changeLog.push({
        seq,
        fileId: f.id,
        ...(f.driveId !== undefined ? { driveId: f.driveId } : {}),
        time,
        audience,
        kind,
        ...(f.owner !== undefined ? { owner: f.owner } : {}),
        actor: this.actor ?? f.owner ?? this.admin,
        ...(f.id !== origin ? { via: origin } : {}),
      });
      let seqs = this.changesByFile.get(f.id);
      if (!seqs) this.changesByFile.set(f.id, (seqs = []));
      seqs.push(seq);
    }
  }
}

function upsert(list: readonly EmuPermission[], perm: EmuPermission): EmuPermission[] {
  const i = list.findIndex((p) => p.id === perm.id);
  if (i < 0) return [...list, perm];
  const copy = [...list];
  copy[i] = perm;
  return copy;
}
