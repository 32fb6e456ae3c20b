/**
 * Page header and metadata labels, one per line. A line before the article that starts with one
 * of these (followed by ":" or a number) is page furniture — an update stamp, a news code, a
 * publication-date label, a byline label — and never the article's title. Folded before matching.
 */
export default `
# Persian
به روز شده در
به‌روز شده در
بروز شده در
به روزرسانی
به‌روزرسانی
آخرین به روزرسانی
کد خبر
کد مطلب
کد
تاریخ انتشار
تاریخ
انتشار
زمان انتشار
زمان مطالعه
شناسه خبر
نویسنده
سرویس
منبع
# Arabic
تاريخ النشر
تاريخ الإضافة
تاريخ التحديث
آخر تحديث
اخر تحديث
تم التحديث
نشر في
نُشر في
نشر بتاريخ
رقم الخبر
المصدر
الكاتب
بقلم
كتب
# English
Updated
Last updated
Published
Posted
Posted on
Date
By
Source
News ID
`;
