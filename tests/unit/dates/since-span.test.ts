import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/core/dates';
import { describePairedRows } from './rows';

/**
 * Two more spellings of a range, found as one mention with two ends, written as two endpoints paired
 * by `rangeTo`/`rangeFrom` (`mentionEnds`; shown "first ⟷ second"), as "from X to Y" is: "since X until Y" (the "since" words are lexicon
 * data, kind `from`), and a span of years written with a hyphen or a dash ("the 1980-1988 war"),
 * paired only when the second year is later than the first and within a century of it, a two-digit
 * second year taking the first's century. Each row: [lang, ref, text, exactly the mentions found].
 */

const REF = '2024-05-01'; // 12 Ordibehesht 1403

describePairedRows('"since X until Y" is a paired range', {
	'two years after a "since" word and a range word are a range of years': [
		['ar', REF, 'منذ 2014 حتى 2016', ['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		[
			'ar',
			REF,
			'سيطر التنظيم على المدينة منذ عام 2014 وحتى 2016',
			['عام 2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']
		],
		[
			'ar',
			REF,
			'ومنذ عام 2014 حتى عام 2016',
			['عام 2014=2014-01-01/2014-12-31 ⟷ عام 2016=2016-01-01/2016-12-31']
		],
		['en', REF, 'since 2014 until 2016', ['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		[
			'en',
			REF,
			'The town was held since March 2014 until May 2016.',
			['March 2014=2014-03-01/2014-03-31 ⟷ May 2016=2016-05-01/2016-05-31']
		],
		['fa', REF, 'از سال ۱۳۹۰ تا ۱۳۹۵', ['سال ۱۳۹۰=2011-03-21/2012-03-19 ⟷ ۱۳۹۵=2016-03-20/2017-03-20']]
	],
	'"since X until now" pairs only when "now" is itself a date': [
		['fa', REF, 'از سال ۱۳۹۰ تا کنون', ['سال ۱۳۹۰=2011-03-21/2012-03-19']],
		['ar', REF, 'منذ 2014 حتى الآن', ['2014=2014-01-01/2014-12-31']],
		['en', REF, 'since 2014 until now', ['2014=2014-01-01/2014-12-31']],
		// "today" is a day, so the range runs to it, as "from 2014 until today" already did
		['ar', REF, 'منذ 2014 حتى اليوم', ['2014=2014-01-01/2014-12-31 ⟷ اليوم=2024-05-01']],
		['en', REF, 'since 2014 until today', ['2014=2014-01-01/2014-12-31 ⟷ today=2024-05-01']]
	],
	'"since" with no range word after its date, or something between, pairs nothing': [
		['ar', REF, 'منذ 2014', ['2014=2014-01-01/2014-12-31']],
		['en', REF, 'since 2014, until 2016 he', ['2014=2014-01-01/2014-12-31', '2016=2016-01-01/2016-12-31']],
		['ar', REF, 'منذ عامين حتى 2016', ['منذ عامين=2022-01-01/2022-12-31', '2016=2016-01-01/2016-12-31']]
	]
});

describePairedRows('a span of years written with a hyphen or a dash is a paired range', {
	'two four-digit years, the second later and within a century': [
		['en', REF, 'the 1980-1988 war', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']],
		['en', REF, '2014–2016', ['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		[
			'en',
			REF,
			'in 2014–2016 and 2018',
			['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31', '2018=2018-01-01/2018-12-31']
		],
		['ar', REF, 'حرب 1980-1988', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']],
		['fa', REF, 'جنگ ۱۳۵۹-۱۳۶۷', ['۱۳۵۹=1980-03-21/1981-03-20 ⟷ ۱۳۶۷=1988-03-21/1989-03-20']],
		// a bare year after a preposition reads as a year at any distance: the pair still needs a century
		['en', REF, 'in 1920-2010', ['1920=1920-01-01/1920-12-31 ⟷ 2010=2010-01-01/2010-12-31']]
	],
	"a two-digit second year takes the first's century": [
		['en', REF, 'the 1980–88 war', ['1980=1980-01-01/1980-12-31 ⟷ 88=1988-01-01/1988-12-31']],
		['en', REF, 'the 2014-15 season', ['2014=2014-01-01/2014-12-31 ⟷ 15=2015-01-01/2015-12-31']],
		['fa', REF, 'جنگ ۱۳۵۹-۶۷', ['۱۳۵۹=1980-03-21/1981-03-20 ⟷ ۶۷=1988-03-21/1989-03-20']]
	],
	'years out of order or more than a century apart are two years, not a range': [
		['en', REF, 'in 2016-2014', ['2016=2016-01-01/2016-12-31', '2014=2014-01-01/2014-12-31']],
		['en', REF, 'in 1900-2010', ['1900=1900-01-01/1900-12-31', '2010=2010-01-01/2010-12-31']]
	],
	'a span alone in brackets or on its line is a lifespan: up to 110 years, a tilde too': [
		[
			'en',
			REF,
			'Barbara J. Peterson\n1926 ~ 2020\nBarbara passed away',
			['1926=1926-01-01/1926-12-31 ⟷ 2020=2020-01-01/2020-12-31']
		],
		[
			'en',
			REF,
			'Barbara J. Peterson\n1926 - 2020\nBarbara passed away',
			['1926=1926-01-01/1926-12-31 ⟷ 2020=2020-01-01/2020-12-31']
		],
		['ar', REF, 'الفنان محمد (1926 - 2020)', ['1926=1926-01-01/1926-12-31 ⟷ 2020=2020-01-01/2020-12-31']],
		['fa', REF, 'استاد (۱۳۰۵-۱۳۹۹)', ['۱۳۰۵=1926-03-22/1927-03-21 ⟷ ۱۳۹۹=2020-03-20/2021-03-20']],
		// not alone: a tilde joins nothing, and more than fifty years apart pair only after a word that makes a year
		['en', REF, 'call 1926 ~ 2020 now', []],
		['en', REF, 'sold 1926 - 2020 units', ['2020=2020-01-01/2020-12-31']]
	],
	'a hyphen or a dash spaced on both sides pairs the same way': [
		['ar', REF, 'حرب 1980 - 1988', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']],
		['ar', REF, 'خلال الفترة 2014 – 2016', ['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		// a from-word with a dash for its "to" is the same range
		['ar', REF, 'الفترة من 2014 - 2016', ['2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		['ar', REF, 'عام 2014 - 2016', ['عام 2014=2014-01-01/2014-12-31 ⟷ 2016=2016-01-01/2016-12-31']],
		['fa', REF, 'جنگ ۱۳۵۹ - ۱۳۶۷', ['۱۳۵۹=1980-03-21/1981-03-20 ⟷ ۱۳۶۷=1988-03-21/1989-03-20']],
		['fa', REF, 'جنگ ۱۳۵۹ – ۶۷', ['۱۳۵۹=1980-03-21/1981-03-20 ⟷ ۶۷=1988-03-21/1989-03-20']],
		['en', REF, 'the 1980 – 1988 war', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']],
		['en', REF, 'the 1980 — 1988 war', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']],
		['en', REF, 'the 1980 – 88 war', ['1980=1980-01-01/1980-12-31 ⟷ 88=1988-01-01/1988-12-31']]
	],
	'spaced look-alikes: one-sided dashes, chains, order, quantities and numeric dates': [
		// a dash spaced on one side only is a list or a minus: two years as before, unpaired
		['en', REF, 'the 1980 -1988 war', ['1980=1980-01-01/1980-12-31', '1988=1988-01-01/1988-12-31']],
		['en', REF, 'the 1980 –88 war', ['1980=1980-01-01/1980-12-31']],
		['en', REF, 'call 1980 - 1988 - 2000', ['2000=2000-01-01/2000-12-31']],
		['ar', REF, 'الهاتف 1980 - 1988 - 2000', ['2000=2000-01-01/2000-12-31']],
		['en', REF, 'in 2016 – 2014', ['2016=2016-01-01/2016-12-31', '2014=2014-01-01/2014-12-31']],
		['en', REF, 'in 1900 – 2010', ['1900=1900-01-01/1900-12-31', '2010=2010-01-01/2010-12-31']],
		['ar', REF, 'السعر 2000 - 2010 دولار', []],
		['ar', REF, 'قتل 2014 - 15 شخصا', []],
		['ar', REF, 'انتهت المباراة 2 - 1', []],
		['ar', REF, '2015 - 12 - 03', ['2015 - 12 - 03=2015-12-03']],
		['ar', REF, '2010 - 12 - 03', ['2010 - 12 - 03=2010-12-03']],
		['fa', REF, '۱۳۹۴ - ۱۰ - ۰۵', ['۱۳۹۴ - ۱۰ - ۰۵=2015-12-26']],
		['ar', REF, 'دمشق - 12 - 3 (كونا)', ['12 - 3=2024-03-12']]
	],
	'look-alikes: phone numbers, IDs, scores and numeric dates are no span of years': [
		['en', REF, 'call 1980-1988-2000', []],
		['en', REF, 'ISBN 978-1980-1988', []],
		['fa', REF, 'شماره ۱۳۵۹-۱۳۶۷-۱۴۰۰', []],
		['en', REF, 'ISBN 978-1-2', []],
		['en', REF, 'The match ended 2-1.', []],
		['ar', REF, 'انتهت المباراة 2-1', []],
		['ar', REF, '2015-12-03', ['2015-12-03=2015-12-03']],
		['fa', REF, '۰۵-۱۰-۱۳۹۴', ['۰۵-۱۰-۱۳۹۴=2015-12-26']],
		['en', REF, 'born 1999-05', []],
		// a slash is a season or a fiscal year as often as a span: two years, unpaired
		['en', REF, 'in 2014/15', ['2014=2014-01-01/2014-12-31', '15=2015-01-01/2015-12-31']],
		// page numbers that look like years are read as years (no way to tell them apart here)
		['en', REF, 'pp. 1980-1988', ['1980=1980-01-01/1980-12-31 ⟷ 1988=1988-01-01/1988-12-31']]
	]
});

describe('a span of years joins into one mention from the first year to the last', () => {
	it.each([
		['en', 'the 1980–88 war', '1980–88', '1980-01-01', '1988-12-31'],
		['ar', 'منذ عام 2014 وحتى 2016', 'عام 2014 وحتى 2016', '2014-01-01', '2016-12-31'],
		['fa', 'جنگ ۱۳۵۹-۱۳۶۷', '۱۳۵۹-۱۳۶۷', '1980-03-21', '1989-03-20'],
		['ar', 'حرب 1980 - 1988', '1980 - 1988', '1980-01-01', '1988-12-31'],
		['fa', 'جنگ ۱۳۵۹ - ۱۳۶۷', '۱۳۵۹ - ۱۳۶۷', '1980-03-21', '1989-03-20']
	])('[%s] "%s" joins as "%s", %s to %s, a range of years', (lang, text, span, first, last) => {
		const joined = findDates(text, { lang, ref: REF });
		expect(joined.map((m) => [m.text, m.earliest, m.latest, m.precision])).toEqual([
			[span, first, last, 'year']
		]);
	});
});
