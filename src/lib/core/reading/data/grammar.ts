/**
 * Small closed-class word lists the reader needs, one per line:  kind | form
 *
 * complementizer — introduces reported content (إن، أن، بأن، که، that)
 * preposition    — an actor right after it is an object or a place, not a subject
 * purpose        — ends an event's participant window (لبحث، حول، to discuss)
 * stop           — a word that cannot be part of a person's name
 * target         — before an actor, marks what a meeting or exchange is against or about (not a party)
 * generic        — a common head before a name (تنظيم داعش، گروه طالبان)
 * negator        — right before a speech verb, cancels it ("لا يمكنه نفي" is not a denial)
 * opener         — after a comma, starts a new clause (an event's participants stop there)
 */
export default `
complementizer | إن
complementizer | أن
complementizer | إنه
complementizer | أنه
complementizer | إنها
complementizer | أنها
complementizer | بأن
complementizer | بأنه
complementizer | بأنها
complementizer | ان
complementizer | انه
complementizer | قوله
complementizer | قولها
complementizer | عن أن
complementizer | که
complementizer | that
preposition | في
preposition | فى
preposition | من
preposition | إلى
preposition | الى
preposition | على
preposition | عن
preposition | مع
preposition | ضد
preposition | حول
preposition | بين
preposition | لدى
preposition | بشأن
preposition | در
preposition | از
preposition | به
preposition | با
preposition | بر
preposition | برای
preposition | علیه
preposition | in
preposition | to
preposition | with
preposition | from
preposition | against
preposition | of
target | ضد
target | علیه
target | against
target | لمكافحة
target | لمحاربة
target | محاربة
target | مكافحة
target | قتال
target | حول
target | عن
target | بشأن
target | درباره
target | about
target | on
generic | تنظيم
generic | جماعة
generic | حركة
generic | گروه
generic | group
generic | the
negator | لا
negator | لم
negator | لن
negator | نمی
negator | نه
negator | not
negator | never
negator | cannot
opener | حيث
opener | مثلما
opener | بينما
opener | لكن
opener | فيما
opener | مما
opener | كما
opener | while
opener | but
opener | حال
purpose | لبحث
purpose | فيما يتعلق
purpose | بخصوص
purpose | في ما يتعلق
purpose | لمناقشة
purpose | حول
purpose | بشأن
purpose | برای
purpose | درباره
purpose | to discuss
purpose | about
stop | في
stop | من
stop | إن
stop | أن
stop | الذي
stop | التي
stop | و
stop | که
stop | از
stop | در
stop | با
stop | این
stop | آن
stop | یکی
stop | أحد
`;
