import { findQuantities, pickReported } from '../../../src/core/parse/quantities';
import { normalizeText } from '../../../src/core/normalize';

const q = (s: string) => findQuantities(normalizeText(s)).map((x) => [x.value, x.counter]);

describe('quantities', () => {
  test.each<[string, [number, string][]]>([
    ['オーダーメイド支援プランを作成する(180件)', [[180, '件']]],
    ['目標:25件', [[25, '件']]],
    ['作成件数9件', [[9, '件']]],
    ['令和7年度実績 15件', [[15, '件']]],
    ['アプリ登録者3,938名 団体登録558団体', [[3938, '名'], [558, '団体']]],
    ['(10事業所 19人参加)', [[10, '事業所'], [19, '人']]],
    ['延べ２５人参加', [[25, '人']]],
    ['7月3日に実施', []],
    ['6月6日より公募開始', []],
    ['第1回本部会議', []],
    ['(全体達成率:50%)', []],
    ['2.6%を設定', []],
    ['1日型デイサービス', []],
    ['5施設が参加', [[5, '施設']]],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  test('the quantity whose words overlap the target phrase wins, else the largest', () => {
    const candidates = findQuantities('説明会 40件、作成件数 9件');
    expect(pickReported(candidates, 'プランを作成する(180件)')?.value).toBe(9);
    expect(pickReported(candidates, '何か別のこと')?.value).toBe(40);
    expect(pickReported([], 'x')).toBeUndefined();
  });
});
