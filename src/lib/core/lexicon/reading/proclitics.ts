/**
 * Letters glued to the front of an Arabic word (format: ../lines.ts). Persian writes its
 * prepositions apart, so only Arabic words are stripped. A word may carry a conjunction, then a
 * preposition, then the article («وللحركة» = و + ل + الحركة); `لل` stands for ل + ال.
 *
 *   proclitic conj          و، ف: "and", "so" — a subject may still follow
 *   proclitic prep          ب، ل، ك: the word after is an object or an addressee, not a subject
 *   proclitic prep+article  لل: ل + ال
 *   proclitic future        س: the future prefix of a verb (سيعقد)
 *   article                 ال: the article, what «لل» stands for after its preposition
 *   enclitic                an object pronoun glued to the end of a verb («ووصفها», «ونفاه»)
 *   suffix@fa               Persian endings on a noun (indefinite «حمله‌ای», «سخنانش»; not a bare «ی»,
 *                           which also makes adjectives: «نظامی» is no «نظام»): a Persian
 *                           word is also looked up without them
 *   suffix@fa plural        the same, making a plural («مقام‌های» = officials)
 *   ezafe@fa EZAFE          a letter after which a glued EZAFE («ی») is the ezafe, not a suffix
 *                           («وزارت خارجه‌ی پاکستان», «اعلامیه‌ی»): the word is also looked up without it
 *   verbprefix@fa           a Persian verb prefix written apart with a plain space («می گوید»,
 *                           «نمی کند»; pages often lose the half-space): read glued to the verb after
 *                           it, as «میگوید» (no Persian news word is «می» alone)
 *   gluedprep@fa            a Persian preposition pages write glued to its word with a half-space
 *                           («به‌گفته», «به‌نقل از»), which reading drops: every phrase of the lexicon
 *                           that starts with it is also found with its first two words as one
 *   verbsuffix@fa           a person ending of a Persian perfect written apart («گفته اند», «کرده ایم»):
 *                           read glued to the word before it, as «گفتهاند»
 *   imperfect@ar OPEN       the prefix of an Arabic imperfect verb (after «لم», the jussive): «تقصف» is of
 *                           the past «قصف», and of a derived form the past opens with OPEN («يستهدف»,
 *                           «استهدف»)
 */
export default `
proclitic conj: و | ف
proclitic prep: ب | ل | ك
proclitic prep+article: لل
proclitic future: س
article: ال
enclitic: ها | هم | هما | ه | كم
suffix@fa: ای | اش | شان
suffix@fa plural: های | ها
ezafe@fa ی: ه
verbprefix@fa: می | نمی
gluedprep@fa: به
verbsuffix@fa: اند | ایم | اید
imperfect@ar ا: ي | ت | ن
`;
