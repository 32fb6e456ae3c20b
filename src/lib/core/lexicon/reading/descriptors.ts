/**
 * Speakers who are not named, one meaning per line (format: ../lines.ts). Words in a head are
 * joined by `_`. An anonymous speaker is named by a descriptor made from these words:
 * "anonymous [count] [former] [senior] <affiliation> <head>" («قيادي بارز في طالبان» → anonymous
 * senior Taliban official).
 *
 *   head EN      a noun for a person or group who is not named (مسؤول → official)
 *   plural EN    the same, plural (مسؤولون → officials)
 *   rank EN      a modifier (رفيع → senior, سابق → former)
 *   count EN     how many (اثنان من → two; أحد → one)
 *   link         joins a head to its affiliation («في طالبان», «من روسيا», "of the Taliban")
 *   indefinite   an English/Persian article that makes a role a descriptor ("a Taliban commander")
 *
 * `place=where` on a head: a place after it says where they are, not whom they speak for ("sources
 * in Paktika", «شهود في هلمند»); a place after any other head is its side ("officials in Helmand":
 * Afghanistan's, ./places.ts).
 *
 * `is=state` on a head or a plural: with a state's adjective and nothing else (no rank, no count), it
 * is that state speaking («السلطات الإيرانية», «الجانب الإماراتي», «طرف ایرانی», "the Iranian side").
 *
 * `side=dateline` on a head, a plural or a rank: an unnamed speaker of it whose side the sentence does not
 * give, in a report whose dateline names a state («بغداد - قال مسؤولون أمنيون», "BEIRUT (AP) — A
 * judicial official said"), is of that state: officials, authorities, officers, and security,
 * military, judicial, local or government sources (not witnesses, residents or plain sources).
 */
export default `
head side is=state: الجانب@ar | طرف@fa | side
head authority side=dateline: سلطة | جهة | authority
head official side=dateline: مسؤولا | مسئولا | مسؤول | مسئول | مسؤولة | قيادي | قيادى | مقام | مقام مسئول | مسئول | official
head source place=where: مصدرا | مصدر | منبع | source
head diplomat: دبلوماسي | دیپلمات | diplomat
head member: عضو | member
head activist place=where: ناشط | ناشطة | فعال | activist
head witness place=where: شاهد عيان | شاهد | شاهد عینی | eyewitness | witness
head resident place=where: أحد السكان | ساكن | ساکن | resident
head officer side=dateline: ضابط | افسر | officer
head fighter: مقاتل | جنگجو | fighter | militant
head aide: مساعد | دستیار | aide
head guard: حارس | نگهبان | محافظ امنیتی | guard | security guard
head businessman place=where: رجل أعمال | تاجر | بازرگان | تاجر چینی | businessman | businesswoman | trader
head doctor place=where: طبيب | طبيبة | داکتر | دکتر | پزشک | doctor | physician | medic
head survivor place=where: ناج | أحد الناجين | بازمانده | survivor
head relative place=where: قريب | أحد أقارب | بستگان | خویشاوند | relative
plural authorities side=dateline is=state: السلطات | سلطات | الجهات المختصة | الجهات الرسمية | مقامات محلی | مسئولان محلی | authorities
plural journalists place=where: صحفيون | صحفيين | الصحفيين | صحفيات | خبرنگاران | روزنامه‌نگاران | روزنامه نگاران | روزنامهنگاران | journalists | reporters
plural agents: مأموران | ماموران | عناصر | agents
plural officials side=dateline: مسؤولان | مسئولان | مسؤولون | مسئولون | مسؤولين | مسئولين | المسؤولون | المسئولون | المسؤولين | المسئولين | قياديون | قياديين | مقامات | مقامات مسئول | مسئولان | officials
# the construct forms before whose they are («مسؤولو ولاية هلمند», «مسؤولي الحكومة»)
plural officials side=dateline: مسؤولو@ar | مسئولو@ar | مسؤولي@ar | مسئولي@ar | قياديو@ar | قياديي@ar
plural sources place=where: مصدران | مصادر | منابع | sources
plural diplomats: دبلوماسيان | دبلوماسيون | دبلوماسيين | دیپلمات‌ها | دیپلماتها | diplomats
plural members: أعضاء | اعضای | اعضا | members
plural activists place=where: ناشطون | ناشطين | الناشطين | فعالان | activists
plural witnesses place=where: شهود | شهود عيان | شاهدان | witnesses | eyewitnesses
plural residents place=where: سكان | السكان | ساکنان | اهالی | residents | locals
plural rights_groups place=where: human rights groups | rights groups | human rights organisations | human rights organizations | rights organisations | rights organizations | منظمات حقوق الإنسان | منظمات حقوقية | منظمات حقوق الانسان | سازمان‌های حقوق بشری | سازمانهای حقوق بشری | نهادهای حقوق بشری | گروه‌های حقوق بشری | گروههای حقوق بشری | فعالان حقوق بشر
plural citizens place=where: مواطنون | مواطنين | المواطنين | شهروندان | باشندگان | citizens
plural officers side=dateline: ضباط | افسران | officers
plural fighters: مقاتلون | مقاتلين | جنگجویان | fighters | militants
plural leaders: قادة | رهبران | leaders
plural commanders: قادة ميدانيون | فرماندهان | commanders
plural analysts place=where: محللون | محللين | تحلیلگران | کارشناسان | analysts | experts
plural aides: مساعدون | دستیاران | aides
plural guards: حراس | نگهبانان | guards | security guards
plural doctors place=where: أطباء | الأطباء | پزشکان | داکتران | doctors | medics
plural survivors place=where: ناجون | الناجون | الناجين | بازماندگان | survivors
plural relatives place=where: أقارب | أقاربه | بستگان | relatives | family members
# (a family named after its person, «عائلة تسوركوف», «خانواده خانم X», is a body: orghead in roles.ts)
plural family place=where: عائلته | عائلتها | عائلتهم | أسرته | أسرتها | أسرتهم | ذووه | ذويه | ذووها | ذويها | خانواده او | خانواده وی | خانواده‌اش | خانواده اش | خانواده‌ی او | خانواده‌ی وی | خانواده یکی از | family | families | the family
rank senior: رفيع | رفيع المستوى | رفيعة | رفيعة المستوى | بارز | بارزة | كبير | كبار | عالي المستوى | ارشد | بلندپایه | بلند پایه | عالی‌رتبه | عالی رتبه | ارشد | senior | high-ranking | top | high-level
rank former: سابق | سابقة | سابقون | سابقين | پیشین | سابق | former | ex
rank security side=dateline: أمني | أمنية | أمنيون | امنیتی | security
rank military side=dateline: عسكري | عسكرية | عسكريون | نظامی | military
rank local side=dateline: محلي | محلية | محليون | المحلي | المحلية | المحليون | المحليين | محلی | local
rank permanent: الدائم | الدائمة | دائم | دائمة | دائمی | permanent
rank other: آخر | أخرى | دیگر | another | other
rank women: زن | نساء | women | female
rank government side=dateline: حكومي | حكومية | حكوميون | دولتی | حکومتی | government
rank judicial side=dateline: قضائي | قضائية | قضائيون | قضایی | judicial
rank defence side=dateline: دفاعي | دفاعية | دفاعيون | دفاعی | defence | defense
count two: اثنان من | اثنين من | دو تن از | دو نفر از | two of the | two
count three: ثلاثة من | سه تن از | سه نفر از | three
count one: أحد | إحدى | یکی از | یک | one of the | one of | one
count several: عدد من | عدة | بعض | چند | چندین | برخی | برخی از | شماری از | several | a number of | some
link: في | فى | من | ب | باسم | عن | لدى | داخل | از | در | of | in | from | at | with | within | close to | familiar with
indefinite: a | an | یک
`;
