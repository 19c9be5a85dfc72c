import { OTHER_NUMBER_LABELS, weightedSum } from '../../../../core/sensitive/detectors/mod11';

describe('weightedSum', () => {
  it('weights the first digits 10, 9, 8, …', () => {
    expect(weightedSum('9434765919', 9)).toBe(299);
    expect(weightedSum('9276308686', 10)).toBe(296);
    expect(weightedSum('1000000000', 1)).toBe(10);
    expect(weightedSum('0000000001', 10)).toBe(1);
  });
});

describe('OTHER_NUMBER_LABELS', () => {
  it.each([
    'ISBN ',
    'ISSN: ',
    'Order no. ',
    'Invoice ',
    'PO ',
    'Our ref: ',
    'Candidate number ',
    'Tel: ',
    'Mobile ',
    'Barcode ',
    'Policy no ',
  ])('recognises the label %j just before a number', (label) => {
    expect(OTHER_NUMBER_LABELS.test(label)).toBe(true);
  });

  it.each(['NHS number: ', 'ULN ', 'Patient ', '', 'Reordered items were '])(
    "does not take %j for another number's label",
    (label) => {
      expect(OTHER_NUMBER_LABELS.test(label)).toBe(false);
    },
  );

  it('only counts a label that stands close before the number', () => {
    expect(OTHER_NUMBER_LABELS.test('Order placed with the supplier on Monday, NHS ')).toBe(false);
  });
});
