/**
 * Words around a page's dates, one meaning per line: `kind: spelling | spelling`.
 *   published   a label before the publication date
 *   updated     a label before an update date (never the publication date)
 *   chrome      site furniture next to a header clock (a date there is the day the page was saved)
 * Matching is on folded text (alef/yeh/kaf forms, diacritics), case-insensitive, as a substring of the line.
 */
export default `
published: تاریخ انتشار | تاريخ انتشار | انتشار: | منتشر شده | منتشرشده | زمان انتشار | تاریخ نشر | تاريخ النشر | نشر في | نشر بتاريخ | نشر يوم | تاريخ النشر: | نُشر في | نشرت في | published | publication date | posted on | posted: | date published | first published | date
updated: به روز شده | به‌روز شده | بروز شده | بروزرسانی | به روزرسانی | به‌روزرسانی | آخرین بروزرسانی | آخر تحديث | تم التحديث | محدث | تحديث: | آخر تعديل | updated | last updated | last modified | modified
chrome: logo | الوضع المظلم | الوضع الليلي | الوضع الداكن | dark mode | light mode | القائمة | القائمه | الرئيسية | بحث | تسجيل الدخول | اشترك | menu | search | sign in | log in | subscribe | home | حالت شب | جستجو | صفحه اصلی | ورود | عضویت | منو | أخبار عاجلة | breaking news | اليوم: | امروز: | today:
`;
