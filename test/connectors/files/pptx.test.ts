import { writePptx, writeZip } from '../../../connectors/files/write';
import { lines, scratchDir, textOf } from './helpers';

const s = scratchDir();
afterAll(() => s.cleanup());

describe('pptx', () => {
  it('reads slides in numeric order (slide2 before slide10)', async () => {
    const slides = Array.from({ length: 12 }, (_, i) => [`Slide ${i + 1} title`, `point ${i + 1}`]);
    const text = await textOf(s.file('deck.pptx', writePptx({ slides })));
    expect(lines(text)).toEqual(slides.flat());
  });

  it('reads each slide followed by its speaker notes, and tables as labelled rows', async () => {
    const A =
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
    const para = (t: string) => `<a:p><a:r><a:t>${t}</a:t></a:r></a:p>`;
    const cell = (t: string) => `<a:tc><a:txBody>${para(t)}</a:txBody></a:tc>`;
    const slide1 =
      `<p:sld ${A}><p:cSld><p:spTree><p:sp><p:txBody>${para('Pupils to be aware of')}</p:txBody></p:sp>` +
      `<p:graphicFrame><a:graphic><a:graphicData><a:tbl><a:tr>${cell('Pupil')}${cell('Need')}</a:tr>` +
      `<a:tr>${cell('Owen Nguyen')}${cell('Coeliac disease')}</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>` +
      '</p:spTree></p:cSld></p:sld>';
    const slide2 = `<p:sld ${A}><p:cSld><p:spTree><p:sp><p:txBody>${para('Second slide')}<a:p><a:r><a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const notes = `<p:notes ${A}><p:cSld><p:spTree><p:sp><p:txBody>${para('Speaker note for slide 1')}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>`;
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide7.xml"/>' +
      '</Relationships>';
    const file = s.file(
      'notes.pptx',
      writeZip([
        { name: 'ppt/slides/slide2.xml', data: slide2 },
        { name: 'ppt/slides/slide1.xml', data: slide1 },
        { name: 'ppt/slides/_rels/slide1.xml.rels', data: rels },
        { name: 'ppt/notesSlides/notesSlide7.xml', data: notes },
      ]),
    );
    expect(lines(await textOf(file))).toEqual([
      'Pupils to be aware of',
      'Pupil | Need',
      'Pupil: Owen Nguyen | Need: Coeliac disease',
      'Speaker note for slide 1',
      'Second slide',
      'a',
      'b',
    ]);
  });
});
