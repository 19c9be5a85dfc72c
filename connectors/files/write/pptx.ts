import { esc, XML_DECL } from './xml';
import { writeZip } from './zip';

export interface PptxContent {
  /** Each slide is its lines of text, in one text box. */
  slides: string[][];
}

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const EMPTY_TREE =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/** A minimal presentation (one master, one blank layout, one theme) with a text box per slide. */
export function writePptx(content: PptxContent): Buffer {
  const slides = content.slides;
  const rels = (items: [string, string][]) =>
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    items
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`)
      .join('') +
    '</Relationships>';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        XML_DECL +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/ppt/presentation.xml" ContentType="${CT}.presentationml.presentation.main+xml"/>` +
        `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="${CT}.presentationml.slideMaster+xml"/>` +
        `<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="${CT}.presentationml.slideLayout+xml"/>` +
        `<Override PartName="/ppt/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
        slides
          .map(
            (_, i) =>
              `<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="${CT}.presentationml.slide+xml"/>`,
          )
          .join('') +
        '</Types>',
    },
    { name: '_rels/.rels', data: rels([['officeDocument', 'ppt/presentation.xml']]) },
    {
      name: 'ppt/presentation.xml',
      data:
        XML_DECL +
        `<p:presentation ${NS}>` +
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
        `<p:sldIdLst>${slides.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 3}"/>`).join('')}</p:sldIdLst>` +
        '<p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>' +
        '</p:presentation>',
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: rels([
        ['slideMaster', 'slideMasters/slideMaster1.xml'],
        ['theme', 'theme/theme1.xml'],
        ...slides.map((_, i): [string, string] => ['slide', `slides/slide${i + 1}.xml`]),
      ]),
    },
    {
      name: 'ppt/slideMasters/slideMaster1.xml',
      data:
        XML_DECL +
        `<p:sldMaster ${NS}><p:cSld><p:spTree>${EMPTY_TREE}</p:spTree></p:cSld>` +
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
        'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>',
    },
    {
      name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      data: rels([
        ['slideLayout', '../slideLayouts/slideLayout1.xml'],
        ['theme', '../theme/theme1.xml'],
      ]),
    },
    {
      name: 'ppt/slideLayouts/slideLayout1.xml',
      data:
        XML_DECL +
        `<p:sldLayout ${NS} type="blank" preserve="1"><p:cSld name="Blank"><p:spTree>${EMPTY_TREE}</p:spTree></p:cSld>` +
        '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>',
    },
    {
      name: 'ppt/slideLayouts/_rels/slideLayout1.xml.rels',
      data: rels([['slideMaster', '../slideMasters/slideMaster1.xml']]),
    },
    { name: 'ppt/theme/theme1.xml', data: THEME },
    ...slides.flatMap((lines, i) => [
      { name: `ppt/slides/slide${i + 1}.xml`, data: slideXml(lines) },
      {
        name: `ppt/slides/_rels/slide${i + 1}.xml.rels`,
        data: rels([['slideLayout', '../slideLayouts/slideLayout1.xml']]),
      },
    ]),
  ]);
}

function slideXml(lines: string[]): string {
  const paras = lines
    .map((l) =>
      l
        ? `<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${esc(l)}</a:t></a:r></a:p>`
        : '<a:p><a:endParaRPr lang="en-GB"/></a:p>',
    )
    .join('');
  return (
    XML_DECL +
    `<p:sld ${NS}><p:cSld><p:spTree>${EMPTY_TREE}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text 1"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>' +
    '<p:spPr><a:xfrm><a:off x="457200" y="457200"/><a:ext cx="8229600" cy="5943600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' +
    `<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>${paras || '<a:p/>'}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
  );
}

const solid = (c: string) => `<a:solidFill><a:schemeClr val="${c}"/></a:solidFill>`;
const srgb = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
const fonts = (face: string) => `<a:latin typeface="${face}"/><a:ea typeface=""/><a:cs typeface=""/>`;

/** The smallest theme PowerPoint accepts: 12 colours, two fonts, three of each format style. */
const THEME =
  XML_DECL +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  '<a:clrScheme name="Office">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  srgb('dk2', '44546A') +
  srgb('lt2', 'E7E6E6') +
  srgb('accent1', '4472C4') +
  srgb('accent2', 'ED7D31') +
  srgb('accent3', 'A5A5A5') +
  srgb('accent4', 'FFC000') +
  srgb('accent5', '5B9BD5') +
  srgb('accent6', '70AD47') +
  srgb('hlink', '0563C1') +
  srgb('folHlink', '954F72') +
  '</a:clrScheme>' +
  `<a:fontScheme name="Office"><a:majorFont>${fonts('Calibri Light')}</a:majorFont><a:minorFont>${fonts('Calibri')}</a:minorFont></a:fontScheme>` +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${solid('phClr').repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${`<a:ln w="6350">${solid('phClr')}</a:ln>`.repeat(3)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solid('phClr').repeat(3)}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
