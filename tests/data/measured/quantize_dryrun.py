#!/usr/bin/env python3
"""Turns `llama-quantize --dry-run` logs (one per model x file type, named MODEL.TYPE.log) into
quantize_dryrun.csv: per model, file type and tensor type the count of tensors and their bytes
(rows x ggml_row_size, unpadded, as llama-quantize sums them), plus the total it reports."""
import re, sys, glob, os, collections

# ggml type traits: (elements per block, bytes per block), ggml/src/ggml.c type_traits.
TRAITS = {'f32': (1, 4), 'f16': (1, 2), 'bf16': (1, 2), 'q4_0': (32, 18), 'q4_1': (32, 20), 'q5_0': (32, 22),
          'q5_1': (32, 24), 'q8_0': (32, 34), 'q2_K': (256, 84), 'q3_K': (256, 110), 'q4_K': (256, 144),
          'q5_K': (256, 176), 'q6_K': (256, 210), 'iq2_xxs': (256, 66), 'iq2_xs': (256, 74), 'iq2_s': (256, 82),
          'iq3_xxs': (256, 98), 'iq3_s': (256, 110), 'iq1_s': (256, 50), 'iq1_m': (256, 56), 'iq4_nl': (32, 18),
          'iq4_xs': (256, 136), 'tq1_0': (256, 54), 'tq2_0': (256, 66), 'mxfp4': (32, 17)}
LINE = re.compile(r'^\[\s*\d+/\s*\d+\]\s+(\S+)\s+- \[\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\], type =\s+(\S+), size =\s+[\d.]+ MiB(?: ->\s+[\d.]+ MiB \((\S+)\))?')
TOTAL = re.compile(r'quant size\s*=\s*([\d.]+) MiB')

out = [ 'model,file_type,tensor_type,tensors,bytes,total_bytes,reported_total_mib' ]
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.log'))):
    model, ftype = os.path.basename(path)[:-4].rsplit('.', 1)
    counts = collections.Counter(); sizes = collections.Counter(); reported = None
    for line in open(path):
        m = LINE.match(line)
        if m:
            name, ne0, ne1, ne2, ne3, cur, new = m.groups()
            t = new or cur
            blck, size = TRAITS[t]
            assert int(ne0) % blck == 0, (path, name)
            counts[t] += 1
            sizes[t] += int(ne0) // blck * size * int(ne1) * int(ne2) * int(ne3)
        m = TOTAL.search(line)
        if m: reported = m.group(1)
    total = sum(sizes.values())
    assert reported is not None and f'{total / 1048576:.2f}' == reported, (path, total, reported)
    for t in sorted(counts):
        out.append(f'{model},{ftype},{t},{counts[t]},{sizes[t]},{total},{reported}')
print('\n'.join(out))
