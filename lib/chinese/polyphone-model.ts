/**
 * g2pM's polyphone model (Park & Lee, Interspeech 2020; github.com/kakaobrain/g2pM, Apache-2.0): one
 * bidirectional LSTM over the characters of a sentence and two dense layers, trained on the CPP
 * corpus's train split, that reads each polyphonic character in its sentence. Its weights ship in the
 * repository (lib/chinese/g2pm/, float16, 0.8 MB; its README says what was changed), so nothing
 * is downloaded at build or run time. Build time only: the study data and `npm run pinyin` call it,
 * never the browser. How the readings use it: docs/learning.md, "Segmentation and readings".
 */
import fs from "node:fs";
import path from "node:path";

interface Vocab {
  tensors: [string, number[]][];
  chars: string[];
  classes: string[];
  polyphones: Record<string, string[]>;
}

interface Model {
  charIndex: Map<string, number>;
  classIndex: Map<string, number>;
  polyphones: Record<string, string[]>;
  tensors: Map<string, Float32Array>;
  embeddingSize: number;
  hiddenSize: number;
  /** Per direction, each character's input share of the gates, filled as characters are met. */
  inputs: Record<string, Map<number, Float32Array>>;
}

let model: Model | undefined;

// The model's own sentence markers (g2pM marks the start and end of a sentence with these two tokens).
const START = "시";
const END = "끝";
const UNKNOWN = "<UNK>";

/** The folder of the model files: found from the working directory, as the build and the scripts run there. */
function modelDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "chinese", "g2pm");
}

function load(): Model {
  if (model) return model;
  const dir = modelDir();
  const vocab = JSON.parse(fs.readFileSync(path.join(dir, "vocab.json"), "utf8")) as Vocab;
  const bytes = fs.readFileSync(path.join(dir, "weights.bin"));
  const halves = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const tensors = new Map<string, Float32Array>();
  let offset = 0;
  for (const [name, shape] of vocab.tensors) {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = halfToFloat(halves[offset + i]!);
    tensors.set(name, values);
    offset += size;
  }
  if (offset !== halves.length) throw new Error("g2pm/weights.bin does not match vocab.json");
  const shapeOf = (name: string) => vocab.tensors.find(([n]) => n === name)![1];
  model = {
    charIndex: new Map(vocab.chars.map((char, index) => [char, index])),
    classIndex: new Map(vocab.classes.map((reading, index) => [reading, index])),
    polyphones: vocab.polyphones,
    tensors,
    embeddingSize: shapeOf("embedding.weight")[1]!,
    hiddenSize: shapeOf("lstm.weight_hh_l0")[1]!,
    inputs: {},
  };
  return model;
}

/** IEEE 754 half precision → number. */
function halfToFloat(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const fraction = half & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 31) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** Whether the model knows more than one reading of a character. */
export function isModelPolyphone(char: string): boolean {
  return (load().polyphones[char]?.length ?? 0) > 1;
}

/**
 * The model's readings of the characters at `positions` (indexes into the code points of `sentence`),
 * each chosen among `allowed` when given (CC-CEDICT's readings of that character), as tone-number
 * syllables ("huan2"), or undefined for a position the model cannot read.
 */
export function predictReadings(
  sentence: string,
  positions: number[],
  allowed?: (position: number) => string[] | undefined,
): (string | undefined)[] {
  if (positions.length === 0) return [];
  const m = load();
  const chars = [...sentence];
  const unknown = m.charIndex.get(UNKNOWN)!;
  const ids = [START, ...chars, END].map((char) => m.charIndex.get(char) ?? unknown);
  const forward = runLstm(m, ids, "");
  const backward = runLstm(m, [...ids].reverse(), "_reverse").reverse();
  const w0 = m.tensors.get("logit_layer.0.weight")!;
  const b0 = m.tensors.get("logit_layer.0.bias")!;
  const w1 = m.tensors.get("logit_layer.2.weight")!;
  const b1 = m.tensors.get("logit_layer.2.bias")!;
  const h = m.hiddenSize;
  const inner = b0.length;
  return positions.map((position) => {
    const char = chars[position];
    if (char === undefined) return undefined;
    const own = m.polyphones[char];
    if (!own) return undefined;
    const permitted = allowed?.(position);
    const choices = own.filter((reading) => !permitted || permitted.includes(reading));
    if (choices.length === 0) return undefined;
    if (choices.length === 1) return choices[0];
    // +1: the start marker comes first.
    const state = new Float32Array(2 * h);
    state.set(forward[position + 1]!, 0);
    state.set(backward[position + 1]!, h);
    const hidden = new Float32Array(inner);
    for (let j = 0; j < inner; j++) {
      let sum = b0[j]!;
      for (let k = 0; k < 2 * h; k++) sum += w0[j * 2 * h + k]! * state[k]!;
      hidden[j] = Math.max(0, sum);
    }
    const scored: [string, number][] = [];
    for (const reading of choices) {
      const c = m.classIndex.get(reading);
      if (c === undefined) continue;
      let score = b1[c]!;
      for (let k = 0; k < inner; k++) score += w1[c * inner + k]! * hidden[k]!;
      scored.push([reading, score]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    return scored[0]?.[0];
  });
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** One direction of the LSTM over the character ids: the hidden state after each step (PyTorch's gate order i, f, g, o). */
function runLstm(m: Model, ids: number[], suffix: string): Float32Array[] {
  const e = m.embeddingSize;
  const h = m.hiddenSize;
  const embedding = m.tensors.get("embedding.weight")!;
  const wih = m.tensors.get(`lstm.weight_ih_l0${suffix}`)!;
  const whh = m.tensors.get(`lstm.weight_hh_l0${suffix}`)!;
  const bih = m.tensors.get(`lstm.bias_ih_l0${suffix}`)!;
  const bhh = m.tensors.get(`lstm.bias_hh_l0${suffix}`)!;
  const cache = (m.inputs[suffix] ??= new Map());
  let hPrev = new Float32Array(h);
  let cPrev = new Float32Array(h);
  const gates = new Float32Array(4 * h);
  const out: Float32Array[] = [];
  for (const id of ids) {
    // The input's share of the gates depends on the character only: computed once per character.
    let input = cache.get(id);
    if (!input) {
      input = new Float32Array(4 * h);
      const x = id * e;
      for (let g = 0; g < 4 * h; g++) {
        let sum = bih[g]! + bhh[g]!;
        for (let k = 0; k < e; k++) sum += wih[g * e + k]! * embedding[x + k]!;
        input[g] = sum;
      }
      cache.set(id, input);
    }
    for (let g = 0; g < 4 * h; g++) {
      let sum = input[g]!;
      for (let k = 0; k < h; k++) sum += whh[g * h + k]! * hPrev[k]!;
      gates[g] = sum;
    }
    const hNext = new Float32Array(h);
    const cNext = new Float32Array(h);
    for (let k = 0; k < h; k++) {
      const i = sigmoid(gates[k]!);
      const f = sigmoid(gates[h + k]!);
      const g = Math.tanh(gates[2 * h + k]!);
      const o = sigmoid(gates[3 * h + k]!);
      cNext[k] = f * cPrev[k]! + i * g;
      hNext[k] = o * Math.tanh(cNext[k]!);
    }
    out.push(hNext);
    hPrev = hNext;
    cPrev = cNext;
  }
  return out;
}
