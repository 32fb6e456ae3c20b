import type { Precision } from '../time/time-value';

/**
 * An EDTF (ISO 8601-2) string for a span of ISO days at a precision, for records that arrive
 * without one (TimelineJS imports). Whole months and years collapse to `YYYY-MM` / `YYYY`;
 * anything else is an interval `a/b`. Example: `edtfFor('2015-09-01','2015-09-30','month')` → `'2015-09'`.
 */
export function edtfFor(earliest: string, latest: string, precision: Precision): string {
	if (earliest === latest) return earliest;
	if (precision === 'month' && earliest.slice(0, -3) === latest.slice(0, -3) && earliest.endsWith('-01'))
		return earliest.slice(0, -3);
	if (
		precision === 'year' &&
		earliest.slice(0, -6) === latest.slice(0, -6) &&
		earliest.endsWith('-01-01') &&
		latest.endsWith('-12-31')
	)
		return earliest.slice(0, -6);
	return `${earliest}/${latest}`;
}
