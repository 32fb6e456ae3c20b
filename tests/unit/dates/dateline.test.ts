import { describeRows, type Row } from './rows';

/**
 * News agencies' numeric datelines, "CITY - D - M (AGENCY) --" (KUNA): day then month in figures,
 * read only when the agency marker in parentheses follows at once. The mention is the "D - M" part,
 * one day: the latest occurrence on or before the reference (publication) day, or up to two days
 * after it, where time zones put the agency's date ahead of the feed's.
 * Each row: [lang, ref, text, exactly the mentions found, as "span=day"].
 */

const REF = '2015-12-26';

const rows: Record<string, Row[]> = {
	'a KUNA dateline in figures is the latest such day up to two days after the publication day': [
		['ar', REF, 'دمشق - 12 - 3 (كونا) -- أعلنت الحكومة', ['12 - 3=2015-03-12']],
		['ar', '2025-01-07', 'القاهرة - 7 - 1 (كونا) -- أكد وزير الخارجية', ['7 - 1=2025-01-07']],
		['ar', REF, 'الكويت - 26 - 12 (كونا) -- قال', ['26 - 12=2015-12-26']],
		['ar', REF, 'الكويت - 27 - 12 (كونا) -- قال', ['27 - 12=2015-12-27']],
		['ar', '2015-12-31', 'الكويت - 1 - 1 (كونا) -- قال', ['1 - 1=2016-01-01']],
		['ar', '2016-01-01', 'الكويت - 31 - 12 (كونا) -- قال', ['31 - 12=2015-12-31']],
		['ar', REF, 'الكويت - 29 - 12 (كونا) -- قال', ['29 - 12=2014-12-29']],
		['ar', '2016-01-02', 'الكويت - 31 - 12 (كونا) -- قال', ['31 - 12=2015-12-31']],
		['ar', '2016-03-01', 'الكويت - 29 - 2 (كونا) -- قال', ['29 - 2=2016-02-29']]
	],
	'the figures may be Arabic-Indic or Persian digits, with or without spaces, the marker in Latin letters': [
		['ar', REF, 'الكويت - ١٢ - ٣ (كونا) -- أعلنت', ['١٢ - ٣=2015-03-12']],
		['ar', REF, 'الكويت -١٢-٣(كونا)-- أعلنت', ['١٢-٣=2015-03-12']],
		['ar', REF, 'الكويت - ۲۶ - ۱۲ ( كونا ) -- قال', ['۲۶ - ۱۲=2015-12-26']],
		['ar', REF, 'بيروت - 05 - 11 (KUNA) -- قال', ['05 - 11=2015-11-05']],
		['en', REF, 'KUWAIT - 12 - 3 (KUNA) -- The minister said', ['12 - 3=2015-03-12']]
	],
	'an English KUNA dateline names the month and is read as any day and month': [
		['en', REF, 'KUWAIT, March 12 (KUNA) -- The minister said', ['March 12=2015-03-12']],
		['en', REF, 'KUWAIT, Dec 26 (KUNA) -- The minister said', ['Dec 26=2015-12-26']]
	],
	'datelines of agencies that name the month need no marker': [
		['ar', REF, 'الدوحة في 12 مارس /قنا/ أعلن', ['12 مارس=2015-03-12']],
		['ar', REF, 'عمان 12 آذار (بترا) - أعلن', ['12 آذار=2015-03-12']]
	],
	'a day and month that do not exist are no date': [
		['ar', REF, 'دمشق - 32 - 1 (كونا) -- أعلنت', []],
		['ar', REF, 'دمشق - 12 - 13 (كونا) -- أعلنت', []],
		['ar', REF, 'دمشق - 31 - 4 (كونا) -- أعلنت', []],
		['ar', REF, 'دمشق - 0 - 3 (كونا) -- أعلنت', []]
	],
	'"12 - 3" without the marker right after it is a score or an article number': [
		['ar', REF, 'فاز الفريق 12 - 3 على منافسه', []],
		['ar', REF, 'المادة 12 - 3 من الدستور', []],
		['ar', REF, 'فاز الفريق 12 - 3 (رويترز) -- على منافسه', []],
		['ar', REF, 'فاز الفريق 12 - 3 في المباراة (كونا) --', []],
		['ar', REF, 'الكويت - 12 - 3 كونا -- أعلنت', []],
		['ar', REF, 'الكويت - 12 / 3 (كونا) -- أعلنت', []],
		['ar', REF, 'الكويت - كونا - قال الوزير', []],
		['en', REF, 'The team won 12 - 3 (KUNA report)', []]
	],
	'figures that run on are read whole or not at all': [
		['ar', REF, 'في 2015 - 12 - 3 (كونا) -- أعلنت', ['2015 - 12 - 3=2015-12-03']],
		['ar', REF, 'الرقم 1 - 12 - 3 (كونا) --', []],
		['ar', REF, 'النسبة 2.12 - 3 (كونا) --', []]
	]
};

describeRows('news agency datelines in figures', rows);
