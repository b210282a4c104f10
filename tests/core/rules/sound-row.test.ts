import { issuesOf, soundRow } from '../../helpers/sheet';

test('the sound row used by the rule tables has no issue at all', () => {
  expect(issuesOf([soundRow()])).toEqual([]);
});
