import { createProgress, formatBytes, progressLine } from '../../cli/progress';

function capture() {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) }, text: () => text };
}

describe('plain progress (not a terminal)', () => {
  it('prints at most one line per interval, then a final line', () => {
    let t = 0;
    const out = capture();
    const p = createProgress({
      label: 'scan',
      noun: 'files',
      totalItems: 5000,
      stream: out.stream,
      isTTY: false,
      now: () => t,
    });
    for (let i = 0; i < 1199; i++) p.advance({ bytes: 10 });
    expect(out.text()).toBe('');
    t = 2000;
    p.advance({ failed: true });
    t = 3000;
    p.advance({ failed: true });
    expect(out.text()).toBe('scan: 1200/5000 files (24%), 1 error\n');
    t = 4000;
    p.advance({ failed: true });
    p.finish();
    p.finish();
    expect(out.text().split('\n')).toEqual([
      'scan: 1200/5000 files (24%), 1 error',
      'scan: 1202/5000 files (24%), 3 errors',
      'scan: 1202/5000 files (24%), 3 errors',
      '',
    ]);
  });

  it('prints nothing for a job finished before the first line was due', () => {
    const out = capture();
    const p = createProgress({
      label: 'scan',
      noun: 'files',
      totalItems: 2,
      stream: out.stream,
      isTTY: false,
      now: () => 0,
    });
    p.advance();
    p.advance();
    p.finish();
    expect(out.text()).toBe('');
  });
});

describe('progressLine', () => {
  it('works without a known total and with an empty one', () => {
    expect(progressLine({ label: 'audit', noun: 'drives' }, { items: 7, bytes: 0, errors: 0 })).toBe(
      'audit: 7 drives, 0 errors\n',
    );
    expect(progressLine({ label: 'scan', noun: 'files', totalItems: 0 }, { items: 0, bytes: 0, errors: 0 })).toBe(
      'scan: 0/0 files (100%), 0 errors\n',
    );
  });
});

describe('terminal progress bar', () => {
  it('draws a bar with counts and ETA on the stream, and stops cleanly', () => {
    let text = '';
    const stream = {
      isTTY: true,
      columns: 200,
      write: (s: string, cb?: () => void) => {
        text += s;
        cb?.();
        return true;
      },
      on: () => stream,
      removeListener: () => stream,
    };
    const p = createProgress({
      label: 'scan',
      noun: 'files',
      totalItems: 2,
      totalBytes: 3 * 1024 * 1024,
      stream,
      isTTY: true,
    });
    p.advance({ bytes: 1024 * 1024 });
    p.advance({ bytes: 2 * 1024 * 1024, failed: true });
    p.finish();
    expect(text).toMatch(/scan \[[^\]]*\] 100% \| 2\/2 files \| 3\.0 MB\/3\.0 MB \| 1 error \| ETA/);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GB');
  });
});
