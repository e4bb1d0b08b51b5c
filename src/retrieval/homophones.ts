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

/**
 * A numeral an owner typed is meant: “营收五个亿” sounds like the term 五个一 but counts money. A
 * number is typed from the number keys or picked by meaning, never a slip of the input method.
 */
const NUMERAL = /^[零一二两三四五六七八九十百千万亿]$/u;

const sounds = new Map<string, string>();

/** The fuzzy sound of one Han character. */
function soundOf(character: string): string {
  let sound = sounds.get(character);
  if (sound === undefined) {
    // One reading per character (the first of a polyphone, 行 → xing): the same on both sides.
    const [reading] = pinyin(character);
    sound = (typeof reading === 'string' ? reading : (reading?.[0] ?? character)).replace(/^([zcs])h/, '$1').replace(/([ie])ng$/, '$1n');
    sounds.set(character, sound);
  }
  return sound;
}

/** CJK Unified Ideographs and Extension A: what owners type. A range check, as it runs per character of every question. */
function isHan(character: string): boolean {
  const code = character.charCodeAt(0);
  return character.length === 1 && ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf));
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
  // For each first sound, the lengths of the words starting with it, longest first: most
  // characters of a question start no word, and are passed after one lookup.
  const lengthsByFirstSound = new Map<string, number[]>();
  for (const key of bySound.keys()) {
    const syllables = key.split(' ');
    const lengths = lengthsByFirstSound.get(syllables[0]!) ?? [];
    if (!lengths.includes(syllables.length)) lengths.push(syllables.length);
    lengthsByFirstSound.set(syllables[0]!, lengths.sort((a, b) => b - a));
  }
  return (text) => {
    const characters = [...text];
    const heard = characters.map((character) => (isHan(character) ? soundOf(character) : ''));
    let changed = false;
    for (let index = 0; index + MIN_LENGTH <= characters.length; index++) {
      for (const length of lengthsByFirstSound.get(heard[index]!) ?? []) {
        if (index + length > characters.length) continue;
        const window = heard.slice(index, index + length);
        if (window.includes('')) continue;
        const word = bySound.get(window.join(' '));
        if (!word) continue;
        const typed = characters.slice(index, index + length);
        const meant = [...word];
        if (typed.some((character, offset) => character !== meant[offset] && NUMERAL.test(character))) continue;
        if (typed.join('') !== word) {
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
