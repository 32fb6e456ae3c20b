import { ImportError } from './import-error';

/**
 * RFC 4180 CSV, written for spreadsheet programs that show Arabic and Persian correctly: UTF-8 with
 * a byte-order mark (Excel needs it to pick UTF-8), CRLF line ends, a field quoted when it holds a
 * comma, quote, CR or LF (quotes doubled).
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * apostrophe — untrusted news text must not become a formula ("CSV injection"). The reader removes
 * exactly that apostrophe again, so round trips are exact.
 */
export const BOM = '\uFEFF';

// Also matches already-guarded cells ("'=x"), so that guarding stays reversible: one more apostrophe.
const FORMULA_START = /^'*[=+\-@\t\r]/;

function quoteField(value: string): string {
	let v = value;
	if (FORMULA_START.test(v)) v = "'" + v;
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Serialises rows (the first is the header) as CSV text with a BOM and CRLF line ends.
 * Example: `toCsv([['a','b'],['1','x,y']])` → `'\uFEFFa,b\r\n1,"x,y"\r\n'`.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

/** Undoes the formula guard of `toCsv`: `'=1+2` → `=1+2`; `'hello` stays `'hello`. */
function unguard(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Parses RFC 4180 CSV (BOM optional; CRLF, LF or CR line ends; quoted fields may span lines).
 * Returns rows of fields with each row's 1-based starting line. A blank last line is ignored.
 * Throws ImportError naming the line of an unterminated quote or stray text after a closing quote.
 * Example: `parseCsv('a,b\n1,"x,y"\n').rows` → `[['a','b'],['1','x,y']]`.
 */
export function parseCsv(text: string): { rows: string[][]; lines: number[] } {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	let quoteLine = 0;
	let i = 0;
	const endField = () => {
		row.push(quoted ? field : unguard(field));
		field = '';
		quoted = false;
	};
	const endRow = () => {
		endField();
		rows.push(row);
		lines.push(rowLine);
		row = [];
	};
	while (i < src.length) {
		const c = src[i];
		if (c === '"' && field === '' && !quoted) {
			// A quoted field: read to the closing quote.
			quoted = true;
			quoteLine = line;
			i++;
			for (;;) {
				if (i >= src.length)
					throw new ImportError('CSV file', [
						{ row: quoteLine, column: '', message: 'a quoted field is never closed (missing ")' }
					]);
				const d = src[i];
				if (d === '"') {
					if (src[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (d === '\n' || (d === '\r' && src[i + 1] !== '\n')) line++;
				field += d;
				i++;
			}
			field = unguard(field);
			const next = src[i];
			if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
				throw new ImportError('CSV file', [
					{ row: line, column: '', message: 'text after the closing quote of a field' }
				]);
			continue;
		}
		if (c === ',') {
			endField();
			i++;
		} else if (c === '\r' || c === '\n') {
			endRow();
			i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
			line++;
			rowLine = line;
		} else {
			field += c;
			i++;
		}
	}
	if (field !== '' || quoted || row.length) endRow();
	return { rows, lines };
}
