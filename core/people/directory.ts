/**
 * The people directory CSV (CONTRACTS §2): `email,role,name,personal_emails`, columns in any order,
 * extra columns ignored. A bad row is reported with its line and left out; the good rows are kept,
 * so one typo does not stop a school's whole check.
 *
 * Messages never quote an address or a name: the file is about children, and errors end up in logs.
 */
import { mailboxKey, parseAddress } from './address';
import { parseCsvRows, type CsvRow } from './csv';
import { isRole, ROLES, type Role } from './roles';

export interface DirectoryEntry {
  /** The person's school (or main) address, lower-cased. */
  readonly email: string;
  readonly role: Role;
  /** May be empty. */
  readonly name: string;
  /** Known non-school addresses of the same person, lower-cased. */
  readonly personalEmails: readonly string[];
  /** Where the entry came from in a CSV file, for messages. */
  readonly line?: number;
}

export interface DirectoryError {
  readonly line: number;
  /** The column the problem is in, as named by the header. */
  readonly column?: string;
  readonly message: string;
}

export interface DirectoryResult {
  readonly entries: DirectoryEntry[];
  readonly errors: DirectoryError[];
}

const REQUIRED = ['email', 'role'] as const;
const ALIASES: Readonly<Record<string, string>> = { personal_email: 'personal_emails' };

type Columns = Record<'email' | 'role' | 'name' | 'personal_emails', number | undefined>;

export function parseDirectory(text: string): DirectoryResult {
  const rows = parseCsvRows(text);
  const errors: DirectoryError[] = [];
  const header = rows[0];
  if (!header)
    return {
      entries: [],
      errors: [{ line: 1, message: 'the file is empty: the first line must be email,role,name,personal_emails' }],
    };

  const columns = readHeader(header, errors);
  if (!columns) return { entries: [], errors };

  const entries: DirectoryEntry[] = [];
  const lineOfEmail = new Map<string, number>();
  const lineOfPersonal = new Map<string, number>();

  for (const row of rows.slice(1)) {
    if (row.fields.every((field) => field.trim() === '')) continue;
    if (row.unterminated) {
      errors.push({
        line: row.line,
        message: "a quoted field is not closed (a '\"' is missing); the rest of the file was not read",
      });
      continue;
    }
    const entry = readRow(row, columns, errors);
    if (!entry) continue;

    const key = mailboxKey(entry.email);
    const firstLine = lineOfEmail.get(key);
    if (firstLine !== undefined) {
      errors.push({
        line: row.line,
        column: 'email',
        message: `is already listed on line ${firstLine}; this row is ignored`,
      });
      continue;
    }
    lineOfEmail.set(key, row.line);

    const personalEmails = entry.personalEmails.filter((address, index) => {
      const personalKey = mailboxKey(address);
      if (personalKey === key) return false;
      const claimedOn = lineOfPersonal.get(personalKey);
      if (claimedOn !== undefined) {
        errors.push({
          line: row.line,
          column: 'personal_emails',
          message: `entry ${index + 1} is also listed on line ${claimedOn}; it counts for line ${claimedOn} only`,
        });
        return false;
      }
      lineOfPersonal.set(personalKey, row.line);
      return true;
    });
    entries.push({ ...entry, personalEmails });
  }
  return { entries, errors };
}

function readHeader(header: CsvRow, errors: DirectoryError[]): Columns | undefined {
  const columns: Columns = { email: undefined, role: undefined, name: undefined, personal_emails: undefined };
  header.fields.forEach((raw, index) => {
    const folded = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const name = ALIASES[folded] ?? folded;
    if (!(name in columns)) return;
    const key = name as keyof Columns;
    if (columns[key] !== undefined) {
      errors.push({ line: header.line, message: `the column "${key}" appears twice in the header` });
      return;
    }
    columns[key] = index;
  });
  const missing = REQUIRED.filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    const looksLikeData = header.fields.some((field) => field.includes('@'));
    errors.push({
      line: header.line,
      message: looksLikeData
        ? 'the first line must be a header naming the columns: email,role,name,personal_emails'
        : `the header has no ${missing.map((key) => `"${key}"`).join(' or ')} column (expected email,role,name,personal_emails)`,
    });
    return undefined;
  }
  return errors.length > 0 ? undefined : columns;
}

function readRow(row: CsvRow, columns: Columns, errors: DirectoryError[]): DirectoryEntry | undefined {
  const cell = (index: number | undefined) => (index === undefined ? '' : (row.fields[index] ?? '').trim());
  let ok = true;

  const rawEmail = cell(columns.email);
  const email = parseAddress(rawEmail)?.address;
  if (email === undefined) {
    ok = false;
    errors.push({
      line: row.line,
      column: 'email',
      message: rawEmail === '' ? 'is empty' : 'is not an email address like j.smith@example.sch.uk',
    });
  }

  const rawRole = cell(columns.role);
  const role = rawRole.toLowerCase();
  if (!isRole(role)) {
    ok = false;
    errors.push({
      line: row.line,
      column: 'role',
      message: `must be one of ${ROLES.join(', ')} (got ${quoteCell(rawRole)})`,
    });
  }

  const personalEmails: string[] = [];
  // The contract separates with ';'; a ',' inside a quoted cell is the same mistake made the other way.
  const rawPersonal = cell(columns.personal_emails)
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  rawPersonal.forEach((part, index) => {
    const address = parseAddress(part)?.address;
    if (address === undefined) {
      errors.push({ line: row.line, column: 'personal_emails', message: `entry ${index + 1} is not an email address` });
    } else if (!personalEmails.includes(address)) {
      personalEmails.push(address);
    }
  });

  if (!ok || email === undefined || !isRole(role)) return undefined;
  return { email, role, name: cell(columns.name), personalEmails, line: row.line };
}

/** A cell quoted for a message: short, and never an address. */
function quoteCell(value: string): string {
  if (value === '') return 'nothing';
  if (value.includes('@')) return 'an email address';
  return JSON.stringify(value.length > 20 ? `${value.slice(0, 19)}…` : value);
}

/** `directory.csv line 14: role must be one of staff, pupil, parent, other (got "teacher")`, one per line. */
export function formatDirectoryErrors(errors: readonly DirectoryError[], file: string): string {
  return errors
    .map((error) => `${file} line ${error.line}: ${error.column ? `${error.column} ${error.message}` : error.message}`)
    .join('\n');
}
