/**
 * The words the timeline writes for people — item labels in a document's language, lane and legend
 * names, exported headers — in English, Arabic and Persian. Data, one entry per line:
 * `key<TAB>en<TAB>ar<TAB>fa`. Templates hold `{who}`, `{say}`, `{what}`… filled by labels.ts.
 */
import type { ItemKind } from './item';
import type { DisplayLocale } from './axis-calendar';

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
published-in	Published in	نُشر في	منتشر شده در
head.meeting	meeting	لقاء	دیدار
head.contacts and information sharing	contacts and information sharing	اتصالات وتبادل معلومات	ارتباط و تبادل اطلاعات
head.support	support	دعم	حمایت
head.arms supplies	arms supplies	توريد أسلحة	ارسال سلاح
head.death	death	وفاة	درگذشت
head.announcement	announcement	إعلان	اعلام
head.fall of the regime	fall of the regime	سقوط النظام	سقوط حکومت
head.invasion	invasion	غزو	تهاجم
head.operation	operation	عملية	عملیات
head.attack	attack	هجوم	حمله
head.allegiance	allegiance	مبايعة	بیعت
head.agreement	agreement	اتفاق	توافق
head.annexation	annexation	ضم	الحاق
head.appointment	appointment	تعيين	انتصاب
head.arrest	arrest	اعتقال	بازداشت
head.cancellation	cancellation	إلغاء	لغو
head.ceremony	ceremony	مراسم	مراسم
head.clashes	clashes	اشتباكات	درگیری
head.crash	crash	تحطم	سقوط
head.delivery	delivery	تسليم	تحویل
head.deportation	deportation	ترحيل	اخراج
head.disappearance	disappearance	اختفاء	ناپدید شدن
head.drowning	drowning	غرق	غرق شدن
head.election	election	انتخابات	انتخابات
head.evacuation	evacuation	إخلاء	تخلیه
head.forced eviction	forced eviction	تهجير قسري	کوچ اجباری
head.sentencing	sentencing	حكم قضائي	صدور حکم
head.terrorist designation	terrorist designation	تصنيف إرهابي	قرار در فهرست تروریستی
head.cyberattack	cyberattack	هجوم إلكتروني	حمله سایبری
head.lawsuit	lawsuit	دعوى قضائية	شکایت حقوقی
head.severance of ties	severance of ties	قطع العلاقات	قطع روابط
head.founding	founding	تأسيس	تأسیس
head.hospitalisation	hospitalisation	نقل إلى المستشفى	بستری شدن
head.incursion	incursion	توغل	نفوذ
head.injury	injury	إصابة	زخمی شدن
head.investigation	investigation	تحقيق	تحقیق
head.killing	killing	قتل	کشته شدن
head.launch	launch	إطلاق	پرتاب
head.leak	leak	تسريب	افشا
head.massacre	massacre	مجزرة	کشتار
head.military exercise	military exercise	مناورات عسكرية	رزمایش
head.order	order	أمر	دستور
head.phone call	phone call	اتصال هاتفي	تماس تلفنی
head.postponement	postponement	تأجيل	تعویق
head.press conference	press conference	مؤتمر صحفي	نشست خبری
head.protest	protest	احتجاج	اعتراض
head.release	release	إطلاق سراح	آزادی
head.resignation	resignation	استقالة	استعفا
head.sabotage	sabotage	تخريب	خرابکاری
head.sale	sale	بيع	فروش
head.sanctions	sanctions	عقوبات	تحریم
head.shootdown	shootdown	إسقاط	سرنگونی
head.strike	strike	ضربة	حمله
head.summons	summons	استدعاء	احضار
head.suspension	suspension	تعليق	تعلیق
head.takeover	takeover	سيطرة	تسلط
head.torture	torture	تعذيب	شکنجه
head.visit	visit	زيارة	سفر
head.withdrawal	withdrawal	انسحاب	خروج
bare.claim	{who} says	{who}: تصريح	{who}: اظهارات
bare.report	{who} reports	{who}: تقرير	{who}: گزارش
bare.denial	{who} denies	{who}: نفي	{who}: تکذیب
bare.confirmation	{who} confirms	{who}: تأكيد	{who}: تأیید
with.claim	{who} on {what}	{who}: {what}	{who}: {what}
with.report	{who} reports {what}	{who}: {what}	{who}: {what}
with.denial	{who} denies {what}	{who}: نفي {what}	{who}: تکذیب {what}
with.confirmation	{who} confirms {what}	{who}: تأكيد {what}	{who}: تأیید {what}
said.claim	claims by	تصريحات	اظهارات
said.report	reports by	تقارير	گزارش‌های
said.denial	denials by	نفي	تکذیب‌های
said.confirmation	confirmations by	تأكيدات	تأییدهای
tpl.quote	{who}: “{what}”	{who}: «{what}»	{who}: «{what}»
tpl.topic	{bare} (on {what})	{bare} (عن {what})	{bare} (دربارهٔ {what})
tpl.event	{head}: {who}	{head}: {who}	{head}: {who}
tpl.object	{head} ({who})	{head} ({who})	{head} ({who})
tpl.place	{what} (in {where})	{what} (في {where})	{what} (در {where})
tpl.role	{role} ({of})	{role} ({of})	{role} ({of})
list.comma	,	،	،
role.official	official	مسؤول	مقام
role.officials	officials	مسؤولون	مقامات
role.leader	leader	قيادي	رهبر
role.leaders	leaders	قياديون	رهبران
role.commander	commander	قائد	فرمانده
role.commanders	commanders	قادة	فرماندهان
role.activist	activist	ناشط	فعال
role.newspaper	newspaper	صحيفة	روزنامه
role.outlet	outlet	وسيلة إعلام	رسانه
role.spokesperson	spokesperson	متحدث	سخنگو
role.spokesman	spokesman	متحدث	سخنگو
role.source	source	مصدر	منبع
role.sources	sources	مصادر	منابع
role.diplomat	diplomat	دبلوماسي	دیپلمات
role.minister	minister	وزير	وزیر
role.analyst	analyst	محلل	تحلیلگر
role.fighter	fighter	مقاتل	جنگجو
role.fighters	fighters	مقاتلون	جنگجویان
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
	if (!w) throw new Error(`No word "${key}"`);
	return w[locale] || w.en;
}

/** The word for `key` in `locale`, or undefined when the table has no such key. */
export function maybeWord(key: string, locale: DisplayLocale): string | undefined {
	const w = WORDS.get(key);
	return w ? w[locale] || w.en : undefined;
}

/** The row name an item kind is grouped under ("Denials"). */
export function kindGroupLabel(kind: ItemKind, locale: DisplayLocale): string {
	return word(`group.${kind}`, locale);
}
