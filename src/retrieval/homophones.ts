/**
 * Homophone typos of the dictionary's words (税荣通 for 税融通, 专精特心 for 专精特新): a pinyin input
 * method offers every character of a sound, and owners pick the wrong one. A stretch of a question
 * that sounds like a dictionary word of three characters or more is read as that word, so a typo
 * nobody listed is caught like the listed ones.
 *
 * Sounds are compared the way input methods' fuzzy pinyin (模糊音) does: zh = z, ch = c, sh = s,
 * in = ing, en = eng, the confusions of many speakers in Anhui (专金特新, 专精特兴). Two-character
 * words are left to the dictionary's typos: 需贷 (needs a loan) sounds like 续贷.
 */
import { pinyin } from '@napi-rs/pinyin';

/** Shorter words sound like too many ordinary phrases. */
const MIN_LENGTH = 3;

const sounds = new Map<string, string>();

/** The fuzzy sound of one Han character; anything else is its own sound. */
function soundOf(character: string): string {
  let sound = sounds.get(character);
  if (sound === undefined) {
    // One reading per character (the first of a polyphone, 行 → xing): the same on both sides.
    const [reading] = isHan(character) ? pinyin(character) : [];
    sound = (typeof reading === 'string' ? reading : (reading?.[0] ?? character)).replace(/^([zcs])h/, '$1').replace(/([ie])ng$/, '$1n');
    sounds.set(character, sound);
  }
  return sound;
}

function isHan(character: string): boolean {
  return /^\p{Script=Han}$/u.test(character);
}

export type HomophoneCorrector = (text: string) => string;

/**
 * `words`: the dictionary's words as it spells them (already normalised). Two words that sound
 * alike (a listed typo and its word) correct to the first one given, which the lexicon maps on;
 * two words that sound alike and mean different things correct to neither.
 */
export function homophoneCorrector(words: Iterable<string>, meaning: (word: string) => string): HomophoneCorrector {
  const bySound = new Map<string, string | null>();
  for (const word of words) {
    const characters = [...word];
    if (characters.length < MIN_LENGTH || !characters.every(isHan)) continue;
    const key = characters.map(soundOf).join(' ');
    const known = bySound.get(key);
    if (known === undefined) bySound.set(key, word);
    else if (known !== null && meaning(known) !== meaning(word)) bySound.set(key, null);
  }
  const lengths = [...new Set([...bySound.keys()].map((key) => key.split(' ').length))].sort((a, b) => b - a);
  return (text) => {
    const characters = [...text];
    let changed = false;
    for (let index = 0; index + MIN_LENGTH <= characters.length; index++) {
      if (!isHan(characters[index]!)) continue;
      for (const length of lengths) {
        if (index + length > characters.length) continue;
        const window = characters.slice(index, index + length);
        if (!window.every(isHan)) continue;
        const word = bySound.get(window.map(soundOf).join(' '));
        if (!word) continue;
        if (window.join('') !== word) {
          characters.splice(index, length, ...word);
          changed = true;
        }
        index += length - 1;
        break;
      }
    }
    return changed ? characters.join('') : text;
  };
}
