// Spacing for Chinese text assembled from templates and values: one space between a Chinese
// character and a Latin letter or digit (the usual convention in Chinese technical writing, e.g.
// "授权页 0 的偏移"), none between two Chinese characters, and none after full-width punctuation.
// Templates can then place values without knowing whether a value starts with "扇区" or "bio_vec".

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** Full-width punctuation, which carries its own spacing. */
const FULL_WIDTH = '，。：；、！？（）【】“”‘’《》…';

const hanThenLatin = new RegExp(`([${HAN}])([A-Za-z0-9_\\[(])`, 'g');
const latinThenHan = new RegExp(`([A-Za-z0-9_\\])])([${HAN}])`, 'g');
const spaceBetweenHan = new RegExp(`([${HAN}]) +(?=[${HAN}])`, 'g');
const spaceAroundFullWidth = new RegExp(` +([${FULL_WIDTH}])|([${FULL_WIDTH}]) +`, 'g');

/** `text` with Chinese/Latin spacing normalised as described above. */
export function cjkSpacing(text: string): string {
  return text
    .replace(hanThenLatin, '$1 $2')
    .replace(latinThenHan, '$1 $2')
    .replace(spaceBetweenHan, '$1')
    .replace(spaceAroundFullWidth, '$1$2');
}
