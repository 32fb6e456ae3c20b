import type { ItemKind } from '../timeline/item';
import type { DisplayLocale } from '../timeline/axis-calendar';

/**
 * The words an exported image and file stamp in, in English, Arabic and Persian. Data, one entry
 * per line: `key<TAB>en<TAB>ar<TAB>fa`.
 */
const TABLE = `
kind.event	Event	حدث	رویداد
kind.claim	Claim	ادعاء	ادعا
kind.report	Report	تقرير	گزارش
kind.denial	Denial	نفي	تکذیب
kind.confirmation	Confirmation	تأكيد	تأیید
kind.document	Publication	نشر	انتشار
group.event	Events	أحداث	رویدادها
group.claim	Claims	ادعاءات	ادعاها
group.report	Reports	تقارير	گزارش‌ها
group.denial	Denials	نفي	تکذیب‌ها
group.confirmation	Confirmations	تأكيدات	تأییدها
group.document	Publications	منشورات	انتشارها
status.reported	Reported	مُبلَّغ عنه	گزارش‌شده
status.confirmed	Confirmed	مؤكَّد	تأییدشده
status.denied	Denied	منفي	تکذیب‌شده
status.disputed	Disputed	متنازع عليه	مورد مناقشه
calendar.gregorian	Gregorian calendar	التقويم الميلادي	تقویم میلادی
calendar.persian	Solar Hijri calendar	التقويم الهجري الشمسي	تقویم هجری شمسی
calendar.islamic-umalqura	Lunar Hijri calendar (Umm al-Qura)	التقويم الهجري القمري (أم القرى)	تقویم هجری قمری (ام‌القری)
sources	sources	مصادر	منبع
filters	Filters	عوامل التصفية	پالایه‌ها
no-filters	No filters	بلا تصفية	بدون پالایه
scope.all	Whole timeline	الخط الزمني كاملاً	کل خط زمانی
scope.window	Window	النافذة	بازه
undated	undated items not shown	عناصر بلا تاريخ غير معروضة	مورد بی‌تاریخ نمایش داده نشده
credit	Made with Taqvim	صُنع باستخدام تقويم	ساخته‌شده با تقویم
link.denies	denies	ينفي	تکذیب می‌کند
link.reports-on	reports on	يُبلغ عن	گزارش می‌دهد
link.confirms	confirms	يؤكد	تأیید می‌کند
filter.actors	Actors	الفاعلون	کنشگران
filter.outlets	Outlets	وسائل الإعلام	رسانه‌ها
filter.kinds	Kinds	الأنواع	گونه‌ها
filter.statuses	Status	الحالة	وضعیت
filter.langs	Languages	اللغات	زبان‌ها
filter.from	From	من	از
filter.to	To	إلى	تا
filter.q	Search	بحث	جستجو
status.none	No status	بلا حالة	بدون وضعیت
lanes.actor	Lanes by actor	مسارات حسب الفاعل	ردیف بر پایهٔ کنشگر
lanes.outlet	Lanes by outlet	مسارات حسب الوسيلة	ردیف بر پایهٔ رسانه
lanes.kind	Lanes by kind	مسارات حسب النوع	ردیف بر پایهٔ گونه
lanes.document	Lanes by document	مسارات حسب المستند	ردیف بر پایهٔ سند
lanes.none	One lane	مسار واحد	یک ردیف
exported	exported	صُدِّر في	برون‌بری
aggregate	items counted here, too dense to draw one by one	عناصر معدودة هنا، أكثف من أن تُرسم فرادى	موردهای شمرده‌شده، فشرده‌تر از آن که تک‌تک کشیده شوند
`;

const LOCALES: DisplayLocale[] = ['en', 'ar', 'fa'];
const WORDS = new Map<string, Record<DisplayLocale, string>>();
for (const line of TABLE.split('\n')) {
	if (!line.trim()) continue;
	const [key, ...cols] = line.split('\t');
	WORDS.set(
		key,
		Object.fromEntries(LOCALES.map((l, i) => [l, cols[i] ?? cols[0]])) as Record<DisplayLocale, string>
	);
}

/** The word for `key` in `locale` (English when the locale lacks it). Throws on an unknown key. */
export function word(key: string, locale: DisplayLocale): string {
	const w = WORDS.get(key);
	if (!w) throw new Error(`No export label "${key}"`);
	return w[locale] || w.en;
}

/** The row name an item kind is grouped under ("Denials"). */
export function kindGroupLabel(kind: ItemKind, locale: DisplayLocale): string {
	return word(`group.${kind}`, locale);
}
