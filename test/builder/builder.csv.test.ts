import { expect } from '@open-wc/testing';
import { clinicsFromCsv, csvProblemText } from '../../src/builder/builder.csv.js';

const HEADER = 'name,url,guarantee.length,guarantee.touchUps.sessions,guarantee.refund,guarantee.inWriting,guarantee.conditions,trackRecord.rating,verified';

describe('clinics from a CSV file', () => {
  it('reads one clinic per row, with nested fields named by the header', () => {
    const csv = `\uFEFF${HEADER}\r\nFictional North,https://north.example/,2 years,2,none,yes,"Aftercare followed; Annual review",good,2026-11-30\r\nFictional South,,lifetime,,partial,no,,,\r\n`;
    const { clinics, problems } = clinicsFromCsv(csv);
    expect(problems).to.deep.equal([]);
    expect(clinics).to.deep.equal([
      {
        name: 'Fictional North',
        url: 'https://north.example/',
        guarantee: { length: { years: 2 }, touchUps: { sessions: 2, included: true }, refund: 'none', inWriting: true, conditions: ['Aftercare followed', 'Annual review'] },
        trackRecord: { rating: 'good' },
        verified: '2026-11-30',
      },
      { name: 'Fictional South', guarantee: { length: 'lifetime', refund: 'partial', inWriting: false } },
    ]);
  });

  it('reports each bad cell by its spreadsheet row and column', () => {
    const csv = `${HEADER}\nFictional North,,2 years,,none,yes,,,\nFictional South,,forever,two,maybe,perhaps,,,2026-02-30\n,,lifetime,,,,,,\n`;
    const texts = clinicsFromCsv(csv).problems.map(csvProblemText);
    expect(texts).to.deep.equal([
      'Row 3, column "guarantee.length": expected lifetime, none, unknown, or a length such as "2 years" or "18 months"',
      'Row 3, column "guarantee.touchUps.sessions": expected a whole number such as 2',
      'Row 3, column "guarantee.inWriting": expected yes or no',
      'Row 3, column "guarantee.refund": expected one of "full", "partial", "none", "unknown", got "maybe"',
      'Row 3, column "verified": expected a real calendar date',
      'Row 4, column "name": missing, expected text',
    ]);
  });

  it('names columns it does not know, and a missing name column', () => {
    const texts = clinicsFromCsv('clinic,price\nA,100\n').problems.map(csvProblemText);
    expect(texts[0]).to.match(/^Header, column "clinic": not a field of a clinic/);
    expect(texts[1]).to.match(/^Header, column "price": not a field of a clinic/);
    expect(texts[2]).to.equal('Header, column "name": missing: every clinic needs a name');
  });
});
