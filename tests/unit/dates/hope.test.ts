import { describeRows, type Row } from './rows';

/**
 * A hope, said or expressed, is of what is to come (lexicon/tense.ts `hope`, dates/tense.ts HOPE): a
 * date without a year after it looks forward («ابراز امیدواری کرد مهرماه سال تحصیلی جدید … برگزار شود»
 * said on 19 Shahrivar is the Mehr to come, «أعرب عن أمله بانطلاق العام الدراسي في أكتوبر», "expressed
 * hope that talks would resume on Sunday"), while a date before it is when the hope was told.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a date after a hope: to come': [
		[
			'fa',
			'2025-09-10',
			'سخنگو ابراز امیدواری کرد مهرماه سال تحصیلی جدید با شور و نشاط خاصی برگزار شود.',
			['مهرماه=2025-09-23/2025-10-22']
		],
		[
			'ar',
			'2025-09-10',
			'أعرب الوزير عن أمله بانطلاق العام الدراسي في أكتوبر',
			['أكتوبر=2025-10-01/2025-10-31']
		],
		['en', '2025-09-10', 'He expressed hope that talks would resume on Sunday.', ['Sunday=2025-09-14']]
	],
	'look-alikes: a date before the hope is when it was told': [
		['fa', '2025-09-10', 'او در مهرماه ابراز امیدواری کرد', ['مهرماه=2024-09-22/2024-10-21']],
		['ar', '2025-09-10', 'أعرب يوم الأحد عن أمله بالسلام', ['يوم الأحد=2025-09-07']],
		['en', '2025-09-10', 'On Sunday he expressed hope for peace.', ['Sunday=2025-09-07']]
	]
};

describeRows('a hope is of what is to come', rows);
