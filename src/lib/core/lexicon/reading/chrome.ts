/**
 * Site furniture, one meaning per line (format: ../lines.ts):
 *
 *   chrome list     a "most read"-style heading: it and the short headline lines after it are chrome
 *   chrome tail     everything after this line is chrome (share bars, newsletter boxes)
 *   chrome line     a line that starts with this phrase is chrome (a subscription prompt, a page code)
 *   chrome credit   a line ending with this (a photo credit) is a caption
 *   chrome label    a caption's credit label: a short line that ends in "label: credit", the label
 *                   opening the line, a bracket or a new sentence ("… [File: Name/Reuters]",
 *                   "Photo: Name / AFP", «عکس: …»), is a caption
 *   headerlabel     a label that opens a header line before the article (an update stamp, a news
 *                   code, a publication-date label, a byline label): never the article's title
 */
export default `
chrome list: الأكثر قراءة | الاكثر قراءة | الأكثر مشاهدة | الاكثر مشاهده | الأكثر مشاهده | الأكثر تعليقاً | الأكثر تعليقا | الأكثر تداولا | أخبار ذات صلة | اخبار مرتبط | پربازدیدترین | پربحث‌ترین
chrome list: Most read | Most popular | Related
chrome tail: ارسال به دوستان | النشرة الإخبارية | شارك هذا المقال | Share this article
chrome line: اقرأ أيضاً | اقرأ أيضا | إقرأ أيضاً | لمزيد من الأخبار | لمتابعة أخبار | إضغط هنا | اضغط هنا | اشترك في | تابعونا | بیشتر بخوانید | کد خبر | کد
chrome line: به روز شده در | تاریخ انتشار | انتشار: | الوضع المظلم | Logo | TT | Advertisement | Sign up | Subscribe
chrome credit: (إ.ب.أ) | (أ.ف.ب) | (رويترز) | (أ.ب) | (د.ب.أ) | (فرانس برس) | أرشيفية | (Getty) | (EPA) | (AFP) | (Reuters) | (+عکس)
chrome label: File | File photo | Photo | Photograph | Image | Picture | Credit | Photo credit | صورة | الصورة | صورة أرشيفية | تصوير | عکس | منبع عکس | عکاس | عکس از
headerlabel: به روز شده در | به‌روز شده در | بروز شده در | به روزرسانی | به‌روزرسانی | آخرین به روزرسانی | کد خبر | کد مطلب | کد | تاریخ انتشار | تاریخ | انتشار
headerlabel: زمان انتشار | زمان مطالعه | شناسه خبر | نویسنده | سرویس | منبع | تاريخ النشر | تاريخ الإضافة | تاريخ التحديث | آخر تحديث | اخر تحديث | تم التحديث
headerlabel: نشر في | نُشر في | نشر بتاريخ | رقم الخبر | المصدر | الكاتب | بقلم | كتب | Updated | Last updated | Published | Posted
headerlabel: Posted on | Date | By | Source | News ID
`;
