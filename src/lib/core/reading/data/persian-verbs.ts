/**
 * Persian compound speech verbs: a stem and a light verb. Every `stem` combines with every `form`
 * ("تکذیب" + "کردند" → تکذیب کردند), so inflections need no list of their own.
 *   stem | form of the stem | act
 *   form | light-verb form
 */
export default `
stem | تکذیب | denial
stem | را تکذیب | denial
stem | را رد | denial
stem | رد | denial
stem | اعلام | claim
stem | تاکید | claim
stem | تأکید | claim
stem | تصریح | claim
stem | ادعا | claim
stem | اظهار | claim
stem | عنوان | claim
stem | خاطرنشان | claim
stem | اذعان | confirmation
stem | تایید | confirmation
stem | تأیید | confirmation
form | کرد
form | کردند
form | کرده است
form | کرده‌اند
form | کرده
form | می‌کند
form | میکند
form | می‌کنند
form | میکنند
form | می‌کنیم
form | میکنیم
form | کردیم
form | کرده‌ایم
form | نمود
form | نمودند
form | نموده است
`;
