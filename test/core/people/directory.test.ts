import { formatDirectoryErrors, parseDirectory } from '../../../core/people/directory';

describe('parseDirectory', () => {
  it('reads the CONTRACTS §2 example', () => {
    const { entries, errors } = parseDirectory(
      'email,role,name,personal_emails\n' +
        'j.smith@example.sch.uk,staff,Jane Smith,jane.smith1984@gmail.com\n' +
        '23abrown@pupils.example.sch.uk,pupil,Alex Brown,\n',
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        email: 'j.smith@example.sch.uk',
        role: 'staff',
        name: 'Jane Smith',
        personalEmails: ['jane.smith1984@gmail.com'],
        line: 2,
      },
      { email: '23abrown@pupils.example.sch.uk', role: 'pupil', name: 'Alex Brown', personalEmails: [], line: 3 },
    ]);
  });

  it('takes columns in any order, any case, with extra columns and a BOM', () => {
    const { entries, errors } = parseDirectory(
      '\ufeffName, Personal Emails ,Year,ROLE,Email\r\n"Smith, Jane","jane@gmail.com; jane@outlook.com",,Staff,J.Smith@Example.sch.uk\r\n',
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      {
        email: 'j.smith@example.sch.uk',
        role: 'staff',
        name: 'Smith, Jane',
        personalEmails: ['jane@gmail.com', 'jane@outlook.com'],
        line: 2,
      },
    ]);
  });

  it('works without the optional name and personal_emails columns', () => {
    const { entries } = parseDirectory('role,email\nparent,mum@example.com\n');
    expect(entries).toEqual([{ email: 'mum@example.com', role: 'parent', name: '', personalEmails: [], line: 2 }]);
  });

  it('reports bad rows by line and column and keeps the good ones', () => {
    const text = [
      'email,role,name,personal_emails',
      'a@example.sch.uk,staff,A,',
      'b@example.sch.uk,teacher,B,',
      ',pupil,C,',
      'not-an-address,pupil,D,',
      'e@example.sch.uk,other,E,',
      'f@example.sch.uk,,F,',
    ].join('\n');
    const { entries, errors } = parseDirectory(text);
    expect(entries.map((e) => e.email)).toEqual(['a@example.sch.uk', 'e@example.sch.uk']);
    expect(formatDirectoryErrors(errors, 'directory.csv').split('\n')).toEqual([
      'directory.csv line 3: role must be one of staff, pupil, parent, other (got "teacher")',
      'directory.csv line 4: email is empty',
      'directory.csv line 5: email is not an email address like j.smith@example.sch.uk',
      'directory.csv line 7: role must be one of staff, pupil, parent, other (got nothing)',
    ]);
  });

  it('counts lines as the file has them, across quoted line breaks and blank lines', () => {
    const { errors } = parseDirectory(
      'email,role,name\n\n"x@example.sch.uk",staff,"two\nlines"\ny@example.sch.uk,head,Y\n',
    );
    expect(errors).toEqual([
      { line: 5, column: 'role', message: 'must be one of staff, pupil, parent, other (got "head")' },
    ]);
  });

  it('never quotes an address or a long value in a message', () => {
    const { errors } = parseDirectory(
      `email,role\nx@example.sch.uk,y@example.sch.uk\nz@example.sch.uk,${'r'.repeat(200)}\n`,
    );
    const text = formatDirectoryErrors(errors, 'd.csv');
    expect(text).toContain('(got an email address)');
    expect(text).not.toContain('example.sch.uk');
    expect(text).not.toContain('r'.repeat(21));
  });

  it('drops a bad personal address but keeps the row', () => {
    const { entries, errors } = parseDirectory(
      'email,role,personal_emails\na@example.sch.uk,staff,ok@gmail.com;not an address;OK@gmail.com\n',
    );
    expect(entries[0]?.personalEmails).toEqual(['ok@gmail.com']);
    expect(errors).toEqual([{ line: 2, column: 'personal_emails', message: 'entry 2 is not an email address' }]);
  });

  it('keeps the first of two rows for the same address', () => {
    const { entries, errors } = parseDirectory('email,role\na@example.sch.uk,staff\nA@Example.sch.uk,pupil\n');
    expect(entries.map((e) => e.role)).toEqual(['staff']);
    expect(errors).toEqual([{ line: 3, column: 'email', message: 'is already listed on line 2; this row is ignored' }]);
  });

  it('gives a personal address claimed twice to the first person only', () => {
    const { entries, errors } = parseDirectory(
      'email,role,personal_emails\na@example.sch.uk,staff,home@gmail.com\nb@example.sch.uk,staff,Home@gmail.com;b@hotmail.com\n',
    );
    expect(entries.map((e) => e.personalEmails)).toEqual([['home@gmail.com'], ['b@hotmail.com']]);
    expect(errors).toEqual([
      { line: 3, column: 'personal_emails', message: 'entry 1 is also listed on line 2; it counts for line 2 only' },
    ]);
  });

  it.each([
    ['', 'line 1: the file is empty'],
    ['email,name\na@b.org,A\n', 'line 1: the header has no "role" column'],
    ['a@example.sch.uk,staff,A,\n', 'line 1: the first line must be a header naming the columns'],
    ['email,role,Email\n', 'line 1: the column "email" appears twice in the header'],
  ])('rejects an unusable header: %j', (text, message) => {
    const { entries, errors } = parseDirectory(text);
    expect(entries).toEqual([]);
    expect(formatDirectoryErrors(errors, 'd.csv')).toContain(`d.csv ${message}`);
  });

  it('reports an unclosed quote instead of swallowing the file silently', () => {
    const { entries, errors } = parseDirectory(
      'email,role,name\na@example.sch.uk,staff,"Jane\nb@example.sch.uk,pupil,B\n',
    );
    expect(entries).toEqual([]);
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('a quoted field is not closed') }]);
  });
});
