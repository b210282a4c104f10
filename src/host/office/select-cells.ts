import { parseAddress } from '../../core/table';
import { formatRange } from './a1';
import { verticalBlocks } from './cell-blocks';
import { badAddress } from './errors';

/** Excel's limit on the length of an address string. */
const MAX_ADDRESS_CHARS = 8_000;

/**
 * The cells as few areas as possible (`M9:M19,J14`), in one address Excel takes whole; undefined
 * when the list does not fit one address.
 */
export function areasAddress(addresses: string[]): string | undefined {
  const cells = addresses.map((a) => {
    const p = parseAddress(a);
    if (!p) throw badAddress(a);
    return p;
  });
  const text = verticalBlocks(cells)
    .map((b) => formatRange(b.rect))
    .join(',');
  return text.length <= MAX_ADDRESS_CHARS ? text : undefined;
}

/**
 * Activates the sheet and selects the cells in one sync: all of them at once on ExcelApi 1.9
 * (`getRanges`), else (or when the list is too long for one address) the first one.
 */
export async function selectCellsIn(ctx: Excel.RequestContext, sheetKey: string, addresses: string[], multiSelect: boolean): Promise<void> {
  if (!addresses.length) return;
  const ws = ctx.workbook.worksheets.getItem(sheetKey);
  // Activate first: selecting on an inactive sheet is unreliable (office-js #5118).
  ws.activate();
  const areas = multiSelect && addresses.length > 1 ? areasAddress(addresses) : undefined;
  if (areas) ws.getRanges(areas).select();
  else ws.getRange(addresses[0]).select();
  await ctx.sync();
}
