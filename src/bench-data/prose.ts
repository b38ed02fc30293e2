/**
 * Varied prose for generated chapters: sentences assembled from word lists by a handful of patterns, so the
 * full-text index sees a realistic vocabulary and phrase searches ("silver lantern") find some works, not all.
 */
import type { Rng } from './random.ts';

const NOUNS = `lantern river harbour garden letter promise window shadow morning evening forest mountain city street
  station train ship storm rain snow winter summer autumn spring candle mirror door key book map compass sword shield
  crown castle tower bridge road field meadow orchard kitchen table chair bed blanket coat scarf glove ring necklace
  song voice whisper silence laughter secret memory dream nightmare heart hand face eye smile tear breath name sky
  star moon sun cloud wind fire ember ash stone river bank shore ocean wave island village market tavern inn library
  archive letterbox photograph painting violin piano guitar drum bell clock watch hour minute year century kingdom
  empire council captain soldier healer scholar thief knight witch dragon wolf fox raven owl horse cat dog sparrow
  feather thread needle cloth ribbon lace velvet silk paper ink quill pen desk lamp staircase hallway attic cellar
  roof chimney balcony courtyard fountain statue temple chapel shrine grave lighthouse cliff valley desert glacier
  cabin tent campfire kettle teacup bread apple honey wine coffee soup letter telegram radio engine machine wheel`;
const ADJECTIVES = `silver golden quiet gentle bitter sweet cold warm bright dark broken hidden ancient distant narrow
  wide empty crowded faded familiar strange soft heavy light hollow restless patient careful reckless tired eager
  lonely crimson pale green blue grey amber violet scarlet wild tame sharp dull steady trembling sudden slow swift
  fragile stubborn honest secret foolish clever weary hopeful forgotten borrowed stolen burning frozen rusted polished
  salty dusty muddy glittering shimmering velvet tender fierce grim merry solemn curious anxious proud humble`;
const VERBS = `walked waited listened whispered laughed remembered forgot carried opened closed watched followed
  searched found lost built broke mended painted wrote read sang danced climbed fell ran hid kept held dropped
  touched kissed promised refused answered asked wondered noticed counted traded stole returned gathered scattered
  burned buried lifted pulled pushed crossed turned lingered hesitated smiled frowned sighed shivered trembled
  slept woke dreamed hoped feared trusted doubted forgave betrayed rescued guarded`;
const ADVERBS = `slowly quickly quietly softly carefully suddenly finally gently barely nearly almost always never
  often rarely once again still already together alone somehow anyway perhaps certainly honestly`;
const NAMES = `Mira Tomas Elena Jonah Aiko Rafael Ines Oskar Leila Bram Yusuf Noor Cass Wren Dario Halley Petra
  Ansel Sable Ilya Maren Corin Tamsin Idris Vera Lucan Odile Rook Sunniva Kasimir`;
const PLACES = `the old harbour|the night market|the north tower|the empty station|the river bank|the winter garden|
  the back of the library|the edge of the forest|the top of the stairs|the ruined chapel|the narrow street|the lighthouse`;
const CONNECTORS = ['and', 'but', 'while', 'because', 'until', 'although', 'as if', 'so'];

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const NOUN = words(NOUNS);
const ADJ = words(ADJECTIVES);
const VERB = words(VERBS);
const ADV = words(ADVERBS);
const NAME = words(NAMES);
const PLACE = PLACES.split('|').map((p) => p.trim());

/** How many distinct words the vocabulary holds (for tests and documentation). */
export const VOCABULARY_SIZE = new Set([...NOUN, ...ADJ, ...VERB, ...ADV, ...NAME]).size;

function clause(rng: Rng): string {
  const who = rng.chance(0.5) ? rng.pick(NAME) : `the ${rng.pick(ADJ)} ${rng.pick(NOUN)}`;
  switch (rng.int(0, 4)) {
    case 0: return `${who} ${rng.pick(VERB)} the ${rng.pick(ADJ)} ${rng.pick(NOUN)}`;
    case 1: return `${who} ${rng.pick(ADV)} ${rng.pick(VERB)} near ${rng.pick(PLACE)}`;
    case 2: return `${who} ${rng.pick(VERB)} a ${rng.pick(NOUN)} of ${rng.pick(ADJ)} ${rng.pick(NOUN)}`;
    case 3: return `${who} ${rng.pick(VERB)} ${rng.pick(ADV)}`;
    default: return `there was a ${rng.pick(ADJ)} ${rng.pick(NOUN)} in ${rng.pick(PLACE)}`;
  }
}

/** One sentence, capitalized and punctuated. */
export function sentence(rng: Rng): string {
  let s = clause(rng);
  if (rng.chance(0.4)) s += `, ${rng.pick(CONNECTORS)} ${clause(rng)}`;
  const end = rng.chance(0.08) ? '?' : rng.chance(0.05) ? '!' : '.';
  return s[0]!.toUpperCase() + s.slice(1) + end;
}

/** Paragraphs of about `target` words in all (at least one sentence). */
export function paragraphs(rng: Rng, target: number): { paragraphs: string[]; words: number } {
  const out: string[] = [];
  let total = 0;
  while (total < target || out.length === 0) {
    const size = rng.int(2, 7);
    const para: string[] = [];
    for (let i = 0; i < size && (total < target || para.length === 0); i++) {
      const s = sentence(rng);
      total += s.split(' ').length;
      para.push(s);
    }
    out.push(para.join(' '));
  }
  return { paragraphs: out, words: total };
}

/** A short title: "The Silver Lantern", "Mira and the Rain", "Winter Letters". */
export function title(rng: Rng): string {
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  switch (rng.int(0, 3)) {
    case 0: return `The ${cap(rng.pick(ADJ))} ${cap(rng.pick(NOUN))}`;
    case 1: return `${rng.pick(NAME)} and the ${cap(rng.pick(NOUN))}`;
    case 2: return `${cap(rng.pick(NOUN))} of ${cap(rng.pick(ADJ))} ${cap(rng.pick(NOUN))}s`;
    default: return `${cap(rng.pick(ADV))} ${cap(rng.pick(VERB))}`;
  }
}

/** Vocabulary for tag names elsewhere in the generator. */
export const LEXICON = { NOUN, ADJ, NAME } as const;
