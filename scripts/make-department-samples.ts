/**
 * Writes two more department workbooks beside the welfare sample (samples/), for the demo's 集約
 * tab and for trying `psheet consolidate samples/`: departments fill the template their own way.
 *
 * - toshi-r7.xlsx (都市政策部): a cover sheet 表紙 in front, a one-row header with the columns in
 *   another order and an extra 備考 column, section titles, labels written `４月：`, one initiative
 *   with months missing, unused template rows (`=ROW()-3`) at the bottom.
 * - kyoiku-r7.xlsx (教育推進部): ◎○△× (one written with 〇 U+3007), labels written `【4月】`, a
 *   hidden finished initiative, a note row at the bottom.
 *
 * The texts are invented for the samples. Run: `npx tsx scripts/make-department-samples.ts`.
 */
import ExcelJS from 'exceljs';
import path from 'path';

const OUT = path.join(__dirname, '..', 'samples');
const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

type Row = Record<string, string | number | boolean | { formula: string; result: number }>;

function progress(entries: [number, string][], style: 'fullwidth' | 'bracket'): string {
  return entries.map(([m, t]) => (style === 'fullwidth' ? `${FULL(String(m))}月：${t}` : `【${m}月】${t}`)).join('\n');
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  });
}

async function toshi(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('表紙');
  cover.getCell('B3').value = '令和7年度 取組実施プロセスシート';
  cover.getCell('B5').value = '都市政策部';
  cover.getCell('B7').value = '提出日: 令和7年11月5日';
  cover.getCell('B8').value = '担当: 都市政策課 企画係（内線 2345）';
  const ws = wb.addWorksheet('R7進捗');
  const columns = ['No', '取組名', '所管部', '所管課', '進捗度', '進捗状況\n及び課題', '年度目標', '年度計画', '取組の概要', '備考', '事業名', '細事業名', '分野別目標', '計画施策', '共同所管'];
  ws.getCell('A1').value = 'R7取組実施プロセスシート（都市政策部）';
  ws.mergeCells('A1:O1');
  const header = ws.getRow(3);
  header.values = columns;
  styleHeader(header);
  ws.columns = columns.map((c) => ({ width: /進捗|目標|計画|概要/.test(c) ? 40 : c === '取組名' ? 24 : 10 }));
  const rows: (Row | string | 'template')[] = [
    '１　住環境の向上',
    {
      No: 1,
      取組名: '空き家の利活用の促進',
      所管部: '都市政策部',
      所管課: '住宅政策課',
      進捗度: '↗',
      進捗状況及び課題: progress(
        [
          [4, '空き家バンクの登録要件を見直し、要綱を改正した。'],
          [5, '不動産関係団体と協定の締結に向けた協議を開始。'],
          [6, '所有者向け相談会を開催（相談件数 12件）。'],
          [7, '協定を締結し、空き家バンクの運用を開始した。'],
          [8, '空き家バンクへの登録 5件。'],
          [9, '改修費補助の申請受付を開始（申請 3件）。'],
          [10, '空き家バンクへの登録は累計 16件となった。'],
        ],
        'fullwidth',
      ),
      年度目標: '【4~9月の目標】(全体達成率:50%)\n空き家バンクへの登録(10件)\n【10~3月の目標】(全体達成率:100%)\n空き家バンクへの登録(20件)',
      年度計画: '4月~6月:制度の見直し\n7月:運用開始\n通年:相談対応',
      取組の概要: '空き家の所有者と利用希望者をつなぎ、空き家の流通と利活用を進める。',
      備考: '国の補助金を活用',
      事業名: '住宅政策推進事業',
      細事業名: '空き家対策事業',
      分野別目標: '4.快適な都市空間の実現',
      計画施策: '12.住環境',
      共同所管: '-',
    },
    {
      No: 2,
      取組名: '市営住宅の長寿命化改修',
      所管部: '都市政策部',
      所管課: '住宅政策課',
      進捗度: '→',
      進捗状況及び課題: progress(
        [
          [4, '改修対象の2団地について、設計業者と打合せを実施。'],
          [5, '入居者説明会を開催（参加 48人）。'],
          [6, '工事の入札を実施し、施工業者を決定した。'],
          [7, '外壁改修工事に着手。'],
          [8, '工事は計画どおり進行中。'],
        ],
        'fullwidth',
      ),
      年度目標: '【4~9月の目標】(全体達成率:40%)\n設計の完了と工事着手\n【10~3月の目標】(全体達成率:100%)\n2団地の改修を完了する',
      年度計画: '4月~6月:設計・入札\n7月~2月:工事\n3月:完了検査',
      取組の概要: '老朽化した市営住宅を計画的に改修し、長く安全に使えるようにする。',
      事業名: '市営住宅管理事業',
      細事業名: '市営住宅改修事業',
      分野別目標: '4.快適な都市空間の実現',
      計画施策: '12.住環境',
      共同所管: '建築課',
    },
    '２　交通・まちづくり',
    {
      No: 3,
      取組名: '地域公共交通計画の推進',
      所管部: '都市政策部',
      所管課: '交通政策課',
      進捗度: '→',
      進捗状況及び課題: progress(
        [
          [4, '地域公共交通会議を開催し、今年度の進め方を確認。'],
          [5, 'バス事業者と路線再編案の協議を実施。'],
          [6, '利用者アンケートを実施（回答 1,250人）。'],
          [7, 'アンケート結果を集計し、再編案に反映。'],
          [8, '地域公共交通会議で再編案を報告。'],
          [9, '地域説明会を3回開催（参加 96人）。'],
          [10, '説明会の意見を踏まえ、ダイヤを調整中。'],
        ],
        'fullwidth',
      ),
      年度目標: '【4~9月の目標】(全体達成率:50%)\n再編案の作成と説明会の開催(3回)\n【10~3月の目標】(全体達成率:100%)\n再編路線の運行開始の準備',
      年度計画: '4月~8月:再編案の作成\n9月:地域説明会\n10月~3月:運行準備',
      取組の概要: '市民の移動手段を確保するため、バス路線の再編とデマンド交通の導入を進める。',
      備考: '令和8年4月 運行開始予定',
      事業名: '公共交通推進事業',
      細事業名: '地域公共交通計画推進事業',
      分野別目標: '4.快適な都市空間の実現',
      計画施策: '13.交通',
      共同所管: '-',
    },
    {
      No: 4,
      取組名: '駅前広場の再整備',
      所管部: '都市政策部',
      所管課: '都市計画課',
      進捗度: '→',
      // The department has not written anything since July: month-missing for 8–10.
      進捗状況及び課題: progress(
        [
          [4, '基本設計の業者を選定。'],
          [5, '関係機関との協議を開始。'],
          [6, '基本設計の素案を作成。'],
          [7, '商店会と意見交換会を開催。'],
        ],
        'fullwidth',
      ),
      年度目標: '基本設計を完了する',
      年度計画: '4月~9月:基本設計\n10月~3月:詳細設計の準備',
      取組の概要: '駅前の歩行者空間を広げ、誰もが使いやすい広場に再整備する。',
      事業名: '市街地整備事業',
      細事業名: '駅前広場整備事業',
      分野別目標: '4.快適な都市空間の実現',
      計画施策: '14.まちづくり',
      共同所管: '道路課',
    },
    'template',
    'template',
  ];
  let r = 4;
  for (const item of rows) {
    const row = ws.getRow(r);
    if (item === 'template') {
      row.getCell(1).value = { formula: 'ROW()-3', result: r - 3 };
      row.getCell(3).value = '都市政策部';
    } else if (typeof item === 'string') {
      row.getCell(1).value = item;
      ws.mergeCells(r, 1, r, columns.length);
      row.getCell(1).font = { bold: true };
    } else {
      columns.forEach((c, i) => {
        const v = item[c.replace('\n', '')];
        if (v !== undefined) row.getCell(i + 1).value = v;
      });
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    r++;
  }
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  await wb.xlsx.writeFile(path.join(OUT, 'toshi-r7.xlsx'));
}

async function kyoiku(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('R7取組実施プロセスシート');
  const columns = ['No.', '所管部', '課', '分野別目標', '計画施策', '事業名', '細事業名', '取組名', '取組の概要', '年度目標', '年度計画', '進捗度', '進捗状況及び課題', '共同所管'];
  ws.getCell('A1').value = 'R7取組実施プロセスシート';
  ws.getCell('A2').value = '教育推進部';
  const header = ws.getRow(3);
  header.values = columns;
  styleHeader(header);
  ws.columns = columns.map((c) => ({ width: /進捗状況|目標|計画|概要/.test(c) && c !== '進捗度' ? 40 : c === '取組名' ? 24 : 10 }));
  const base = { 所管部: '教育推進部', 分野別目標: '2.未来を担う人づくり', 計画施策: '5.学校教育', 共同所管: '-' };
  const rows: ({ hidden?: boolean } & Row)[] = [
    {
      ...base,
      'No.': 1,
      課: '学校教育課',
      事業名: '外国語教育推進事業',
      細事業名: '外国語指導助手配置事業',
      取組名: '小学校での外国語教育の充実',
      取組の概要: '外国語指導助手（ALT）を全小学校に配置し、話す・聞く力を伸ばす。',
      年度目標: '【4~9月の目標】(全体達成率:50%)\nALT による授業を実施(600回)\n【10~3月の目標】(全体達成率:100%)\nALT による授業を実施(1,200回)',
      年度計画: '4月:配置\n通年:授業の実施\n2月:成果の検証',
      進捗度: '◎',
      進捗状況及び課題: progress(
        [
          [4, 'ALT 8人を全小学校に配置した。'],
          [5, 'ALT による授業 110回。'],
          [6, 'ALT による授業 230回。教員向け研修を実施（参加 35人）。'],
          [7, 'ALT による授業 330回。'],
          [8, '夏季休業中に英語キャンプを開催（参加 60人）。'],
          [9, 'ALT による授業 520回。'],
          [10, 'ALT による授業は累計 1,050回となった。'],
        ],
        'bracket',
      ),
    },
    {
      ...base,
      'No.': 2,
      課: '教育支援課',
      事業名: '教育相談事業',
      細事業名: '不登校支援事業',
      取組名: '不登校の児童生徒への支援',
      取組の概要: '教育支援センターと学校が連携し、一人ひとりに合った学びの場をつくる。',
      年度目標: '【4~9月の目標】(全体達成率:50%)\n支援計画を作成する(40件)\n【10~3月の目標】(全体達成率:100%)\n支援計画を作成する(80件)',
      年度計画: '4月~5月:体制づくり\n6月~3月:個別支援',
      進捗度: '\u3007',
      進捗状況及び課題: progress(
        [
          [4, '教育支援センターの相談員を2人増員した。'],
          [5, '学校との連絡会を開催。'],
          [6, '支援計画を作成 12件。'],
          [7, '支援計画を作成 15件（累計 27件）。'],
          [8, '保護者向け相談会を開催（参加 22人）。'],
          [9, '支援計画の作成は累計 41件。'],
          [10, '支援計画の作成は累計 58件となった。'],
        ],
        'bracket',
      ),
    },
    {
      ...base,
      hidden: true,
      'No.': 3,
      課: '学校施設課',
      事業名: '学校施設整備事業',
      細事業名: '空調設備整備事業',
      取組名: '体育館への空調設備の設置',
      取組の概要: '避難所にもなる体育館に空調設備を設け、夏の熱中症を防ぐ。',
      年度目標: '3校の体育館に設置を完了する',
      年度計画: '4月~7月:工事\n8月:完了',
      進捗度: '◎',
      進捗状況及び課題: progress(
        [
          [4, '3校で工事に着手。'],
          [5, '工事は計画どおり進行中。'],
          [6, '2校で設置を完了。'],
          [7, '3校すべてで設置を完了した。'],
        ],
        'bracket',
      ) + '\n【8月~】取組は完了（非表示にしています）',
    },
    {
      ...base,
      'No.': 4,
      課: '社会教育課',
      分野別目標: '2.未来を担う人づくり',
      計画施策: '6.生涯学習',
      事業名: '図書館運営事業',
      細事業名: '読書推進事業',
      取組名: '子どもの読書活動の推進',
      取組の概要: '図書館と学校が連携し、本に親しむ機会を増やす。',
      年度目標: '【4~9月の目標】(全体達成率:50%)\n読み聞かせ会を開催(20回)\n【10~3月の目標】(全体達成率:100%)\n読み聞かせ会を開催(40回)',
      年度計画: '通年:読み聞かせ会\n10月:読書週間の行事',
      進捗度: '△',
      進捗状況及び課題: progress(
        [
          [4, '読み聞かせ会 2回。'],
          [5, '読み聞かせ会 2回。'],
          [6, 'ボランティア講座を開催（参加 14人）。読み聞かせ会 2回。'],
          [7, '読み聞かせ会 3回。'],
          [8, '読み聞かせ会 2回（累計 11回）。'],
          [9, '会場の改修で開催できず。'],
          [10, '読書週間の行事を開催。読み聞かせ会は累計 14回。'],
        ],
        'bracket',
      ),
    },
  ];
  let r = 4;
  for (const item of rows) {
    const row = ws.getRow(r);
    columns.forEach((c, i) => {
      const v = item[c];
      if (v !== undefined) row.getCell(i + 1).value = v;
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    if (item.hidden) row.hidden = true;
    r++;
  }
  ws.getCell(`A${r + 1}`).value = '※進捗度は ◎（計画以上）・○（計画どおり）・△（やや遅れ）・×（遅れ）で記入してください。';
  await wb.xlsx.writeFile(path.join(OUT, 'kyoiku-r7.xlsx'));
}

Promise.all([toshi(), kyoiku()]).then(
  () => console.log('wrote samples/toshi-r7.xlsx and samples/kyoiku-r7.xlsx'),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
