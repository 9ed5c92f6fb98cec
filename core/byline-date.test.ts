import { describe, expect, it } from 'vitest';
import { splitBylineDate } from './byline-date';

describe('splitBylineDate', () => {
  it.each([
    ['a name run into a date', 'Carrie ArnoldNovember 15', 'Carrie Arnold', 'November 15'],
    ['a name, a bar and a full date', 'By Jane Doe | Nov. 15, 2019', 'By Jane Doe', 'Nov. 15, 2019'],
    ['a French date', 'Marie Dupont, le 15 novembre 2019 à 10 h 30', 'Marie Dupont', '15 novembre 2019 à 10 h 30'],
    ['a Spanish date', 'Ana García 12 de marzo de 2020', 'Ana García', '12 de marzo de 2020'],
    ['an ISO date', 'John Smith · 2019-11-15', 'John Smith', '2019-11-15'],
    ['a date before the name is the whole byline', 'November 15, 2019', null, 'November 15, 2019'],
  ])('splits %s', (_name, byline, name, date) => {
    expect(splitBylineDate(byline)).toEqual({ byline: name, date });
  });

  it.each([
    ['a name with a month in it', 'April Ryan'],
    ['a name that starts like a month', 'Mayberry Jones'],
    ['a byline without a date', 'By Tom Krisher, AP Auto Writer'],
    ['a name followed by a number that is not a date', 'Agent 47 Staff'],
  ])('keeps %s whole', (_name, byline) => {
    expect(splitBylineDate(byline)).toEqual({ byline, date: null });
  });

  it('has nothing to split when there is no byline', () => {
    expect(splitBylineDate(null)).toEqual({ byline: null, date: null });
  });
});
