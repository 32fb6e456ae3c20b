/**
 * Cardinal numbers in words, for counts ("ثلاثة أيام", "سه روز پیش", "two weeks ago") and for
 * Persian decades ("دهه هفتاد"). One value per line.
 */
export default `
1: واحد | واحدة | یک@fa | يك@fa | one | a | an
2: اثنين | اثنان | اثنتين | دو@fa | two
3: ثلاثة | ثلاث | سه@fa | three
4: أربعة | أربع | چهار@fa | four
5: خمسة | خمس | پنج@fa | five
6: ستة | ست@ar | شش@fa | شیش@fa | six
7: سبعة | سبع | هفت@fa | seven
8: ثمانية | ثماني | ثمان | هشت@fa | eight
9: تسعة | تسع | نه*@fa | nine
10: عشرة | عشر | ده@fa | ten
11: أحد عشر | إحدى عشرة | یازده@fa | eleven
12: اثنا عشر | اثني عشر | اثنتا عشرة | دوازده@fa | twelve
13: ثلاثة عشر | ثلاث عشرة | سیزده@fa | thirteen
14: أربعة عشر | أربع عشرة | چهارده@fa | fourteen
15: خمسة عشر | خمس عشرة | پانزده@fa | fifteen
16: ستة عشر | ست عشرة | شانزده@fa | sixteen
17: سبعة عشر | سبع عشرة | هفده@fa | seventeen
18: ثمانية عشر | ثماني عشرة | هجده@fa | هیجده@fa | eighteen
19: تسعة عشر | تسع عشرة | نوزده@fa | nineteen
20: عشرين | عشرون | بیست@fa | twenty
30: ثلاثين | ثلاثون | سی@fa | thirty
40: أربعين | أربعون | چهل@fa | forty
50: خمسين | خمسون | پنجاه@fa | fifty
60: ستين | ستون | شصت@fa | sixty
70: سبعين | سبعون | هفتاد@fa | seventy
80: ثمانين | ثمانون | هشتاد@fa | eighty
90: تسعين | تسعون | نود@fa | ninety
100: مئة | مائة | صد@fa | hundred
`;
