import { Rule } from '../rule';
import { IssueCode } from '../types';
import columnDuplicate from './column-duplicate';
import columnMissing from './column-missing';
import columnOrder from './column-order';
import columnUnknown from './column-unknown';
import fileUnreadable from './file-unreadable';
import headerNotFound from './header-not-found';
import initiativeDuplicate from './initiative-duplicate';
import monthDuplicate from './month-duplicate';
import monthEmpty from './month-empty';
import monthFuture from './month-future';
import monthMissing from './month-missing';
import monthOrder from './month-order';
import monthRepeatedText from './month-repeated-text';
import numberDuplicate from './number-duplicate';
import numberInvalid from './number-invalid';
import requiredEmpty from './required-empty';
import symbolInvalid from './symbol-invalid';
import symbolMismatch from './symbol-mismatch';
import symbolMissing from './symbol-missing';
import targetBehind from './target-behind';
import targetHalfMissing from './target-half-missing';
import targetPeriodGap from './target-period-gap';
import targetPeriodMissing from './target-period-missing';
import targetRateInvalid from './target-rate-invalid';
import targetRateMissing from './target-rate-missing';

/** Every rule, in the order of DESIGN.md section 3. */
export const RULES: readonly Rule[] = [
  headerNotFound,
  columnMissing,
  columnDuplicate,
  columnUnknown,
  columnOrder,
  requiredEmpty,
  numberInvalid,
  numberDuplicate,
  symbolMissing,
  symbolInvalid,
  monthMissing,
  monthEmpty,
  monthDuplicate,
  monthOrder,
  monthFuture,
  monthRepeatedText,
  targetPeriodMissing,
  targetHalfMissing,
  targetRateMissing,
  targetRateInvalid,
  targetPeriodGap,
  targetBehind,
  symbolMismatch,
  fileUnreadable,
  initiativeDuplicate,
];

export function ruleFor(code: IssueCode): Rule {
  const r = RULES.find((x) => x.code === code);
  if (!r) throw new Error(`unknown rule ${code}`);
  return r;
}
