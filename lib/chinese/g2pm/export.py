"""Exports g2pM's trained polyphone model (github.com/kakaobrain/g2pM, Apache-2.0) from its pickles
into the two files lib/chinese/g2pm/ ships: weights.bin (float16, little-endian, tensors in the order of
TENSORS) and vocab.json (its characters, its readings, each polyphone's readings).

  python3 lib/chinese/g2pm/export.py path/to/g2pM/g2pM lib/chinese/g2pm

Needs numpy only. The weights are unchanged apart from the cast to float16."""
import json
import pickle
import sys

import numpy as np

TENSORS = [
    "embedding.weight",
    "lstm.weight_ih_l0",
    "lstm.weight_hh_l0",
    "lstm.bias_ih_l0",
    "lstm.bias_hh_l0",
    "lstm.weight_ih_l0_reverse",
    "lstm.weight_hh_l0_reverse",
    "lstm.bias_ih_l0_reverse",
    "lstm.bias_hh_l0_reverse",
    "logit_layer.0.weight",
    "logit_layer.0.bias",
    "logit_layer.2.weight",
    "logit_layer.2.bias",
]

source, target = sys.argv[1], sys.argv[2]
load = lambda name: pickle.load(open(f"{source}/{name}.pkl", "rb"))
state = load("np_ckpt")
char2idx = load("char2idx")
class2idx = load("class2idx")
cedict = load("digest_cedict")

with open(f"{target}/weights.bin", "wb") as out:
    for name in TENSORS:
        out.write(np.asarray(state[name], dtype="<f2").tobytes())

chars = [None] * len(char2idx)
for char, index in char2idx.items():
    chars[index] = char
classes = [None] * len(class2idx)
for reading, index in class2idx.items():
    classes[index] = reading
vocab = {
    "tensors": [[name, list(state[name].shape)] for name in TENSORS],
    "chars": chars,
    "classes": classes,
    "polyphones": {c: r for c, r in sorted(cedict.items()) if len(r) > 1},
}
with open(f"{target}/vocab.json", "w", encoding="utf8") as out:
    json.dump(vocab, out, ensure_ascii=False, separators=(",", ":"))
