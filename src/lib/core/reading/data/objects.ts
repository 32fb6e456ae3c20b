/**
 * Claim-like objects: after an `object` cue (رفض، كذب، rejected) these make it a denial;
 * in a denial's object they also name whom it answers ("تصريحات مسؤول روسي").
 */
export default `
تقارير
تقرير
تصريحات
التقارير
التصريحات
ما أورده
ما ذكره
ما ورد
الأنباء
أنباء
معلومات
المعلومات
ادعاءات
الادعاءات
اتهامات
الاتهامات
المزاعم
مزاعم
گزارش
گزارش‌ها
ادعا
ادعاها
reports
report
claims
allegations
`;
