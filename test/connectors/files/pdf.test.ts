import { DEFAULT_LIMITS } from '../../../connectors/files';
import { writePdf } from '../../../connectors/files/write';
import { lines, reasonOf, scratchDir, segmentsOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

/** The writer's PDF with a standard-security /Encrypt dictionary whose user password is not empty. */
function encrypted(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const hex32 = (c: string) => `<${c.repeat(64)}>`;
  const enc = `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${hex32('a')} /U ${hex32('b')} >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`;
  return Buffer.from(text.replace(/trailer\n<< (\/Size \d+ \/Root 1 0 R) >>/, `trailer\n<< $1 ${enc} >>`), 'latin1');
}

describe('pdf', () => {
  it('reads text lines per page, plain and FlateDecode', async () => {
    const pages = [['Pupil: Alex Brown (7C)', 'Date of birth: 14/02/2011'], ['Page two £5 – “quoted”']];
    for (const compress of [false, true]) {
      const file = s.file(`letter-${compress}.pdf`, writePdf({ pages, compress }));
      const segments = await segmentsOf(file);
      expect(segments).toHaveLength(2);
      expect(lines(segments.join(''))).toEqual(pages.flat());
    }
  });

  it('turns column gaps into table rows labelled by the header', async () => {
    const file = s.file(
      'table.pdf',
      writePdf({
        pages: [
          [
            'Class list 7C',
            'Name\tUPN\tDOB',
            'Alex Brown\tB801200005001\t14/02/2011',
            'Sam Green\tC801200005002\t01/09/2012',
            'Signed: J. Smith',
          ],
        ],
      }),
    );
    expect(lines((await segmentsOf(file)).join(''))).toEqual([
      'Class list 7C',
      'Name | UPN | DOB',
      'Name: Alex Brown | UPN: B801200005001 | DOB: 14/02/2011',
      'Name: Sam Green | UPN: C801200005002 | DOB: 01/09/2012',
      'Signed: J. Smith',
    ]);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const file = s.file('locked.pdf', encrypted(writePdf({ pages: [['secret']] })));
    expect(await reasonOf(file)).toBe('encrypted PDF');
  });

  it('reports random bytes as a corrupt PDF', async () => {
    const file = s.file('junk.pdf', Buffer.from('this is not a pdf at all, just text pretending'.repeat(20)));
    expect(await reasonOf(file)).toBe('corrupt PDF');
  });

  it('reports a truncated PDF as corrupt', async () => {
    const whole = writePdf({ pages: [['First page line'], ['Second page line']] });
    const file = s.file('truncated.pdf', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(await reasonOf(file)).toBe('corrupt PDF');
  });

  it('stops a PDF that runs past its time limit', async () => {
    const file = s.file('slow.pdf', writePdf({ pages: [['x']] }));
    expect(await reasonOf(file, { ...DEFAULT_LIMITS, timeoutMs: 1 })).toBe('timed out after 1 ms');
  });
});
