import { describeRows, type Row } from './rows';

/**
 * A day of a month said without a year right after "until", within two weeks after the reference,
 * is the one to come even after a past: the past tells when a state began ("schools were closed
 * until June 3" said on 1 June), not that its end is over. Without "until" a past of a happening
 * still makes it last year's day, and a day further ahead stays the last one.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'until a day soon after the reference, after a past': [
		['fa', '2014-03-31', 'مکاتب تا ۱۷ حمل تعطیل شدند', ['۱۷ حمل=2014-04-06']],
		['fa', '2014-03-31', 'مکاتب تا روز ۱۷ حمل تعطیل شدند', ['روز ۱۷ حمل=2014-04-06']],
		['ar', '2025-07-17', 'أغلقت المدارس حتى 20 يوليو', ['20 يوليو=2025-07-20']],
		['en', '2021-06-01', 'Schools were closed until June 3.', ['June 3=2021-06-03']]
	],
	'look-alikes: a past without "until", or a day further ahead': [
		['fa', '2014-03-31', 'مکاتب در ۱۷ حمل تعطیل شدند', ['۱۷ حمل=2013-04-06']],
		['ar', '2025-07-17', 'أغلقت المدارس في 20 يوليو', ['20 يوليو=2024-07-20']],
		['en', '2021-06-01', 'Schools closed on June 3.', ['June 3=2020-06-03']],
		['en', '2021-06-01', 'Schools were closed until June 30.', ['June 30=2020-06-30']],
		['fa', '2014-03-31', 'مکاتب تا ۲۷ ثور تعطیل شدند', ['۲۷ ثور=2013-05-17']]
	]
};

describeRows('until a day soon after the reference', rows);
