/**
 * Phrases that make a statement a denial whatever its verb ("said the reports were irrelevant"),
 * one per line.
 */
export default `
غير ذات صلة
لا أساس لها
لا أساس له
عار عن الصحة
عارية عن الصحة
كاذبة
مفبركة
ملفقة
بی‌اساس
بی اساس
کذب محض
baseless
irrelevant
nonsense
untrue
fabricated
`;
