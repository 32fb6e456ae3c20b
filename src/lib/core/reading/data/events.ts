/**
 * Event triggers, one per line:  type | forms (;) | English summary head | flags (;)
 *
 * A sentence holding a trigger yields an event whose participants are the actors near it and whose
 * time is the date attached to it (inside the reported content, not the reporting clause).
 * Flags: `pair` — the event needs two parties (a meeting): with one found, the speaker's side or
 * the rest of the sentence supplies the other; `incident` — a concrete happening (an attack) kept
 * even when no participant or date is read.
 */
export default `
meeting | التقى; التقوا; التقت; اجتمع; اجتمعوا; اجتماع; اجتماعا; اجتماعاً; لقاء; لقاءات; اللقاء; دیدار; ملاقات; met; meeting | meeting | pair
contacts | اتصال; اتصالات; قنوات اتصال; قنوات الاتصال; تواصل; ارتباط; ارتباطات; تماس; contacts; channels of communication; تبادل معلومات; تبادل المعلومات; تبادل للمعلومات; مشاركة المعلومات; تبادل اطلاعات; تشریک اطلاعات; تبادل استخباراتى; intelligence sharing; information exchange; talks; held talks; محادثات; مباحثات; مناقشات; مذاکره; مذاکرات; گفتگو | contacts and information sharing | pair
support | الدعم الاستخباراتى; الدعم الاستخباراتي; دعم استخباراتي; دعم استخباراتى; دعم مادي; الدعم المادي; دعم عسكري; مساعدات عسكرية; military support; intelligence support; technical support; financial support; material support | support | pair
arms | توريد أسلحة; توريد الأسلحة; بتوريد أسلحة; تسليح; بتسليح; تزويد بالسلاح; مد بالسلاح; کمک تسلیحاتی; ارسال سلاح; تسلیح; arming; arms supplies; supplying weapons; supplied weapons | arms supplies | pair
death | توفي; توفى; وفاة; وفاته; موت; درگذشت; died; death of | death | -
announcement | الإعلان; إعلان; تعلن وفاته; اعلام شد | announcement | -
fall | سقوط نظامها; سقوط نظام; سقوط حكومة; سقوط النظام; fall of | fall of the regime | -
invasion | الاجتياح; اجتياح; الغزو السوفياتي; الغزو السوفيتي; حمله شوروی; invasion | invasion | -
operation | عملية أمنية; عملية عسكرية; عمليات عسكرية; حملة عسكرية; عملیات نظامی; military operation; security operation | operation | incident
attack | هجوم; الهجوم; كميناً; كمينا; كمين; اشتباكات; ambush; clashes | attack | incident
allegiance | مبايعة; بايعوا; بايع; بیعت; pledged allegiance | allegiance | pair
`;
