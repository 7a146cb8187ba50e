#!/usr/bin/env bash
# Decode and prefill on this machine with the generated commands' settings (-t 2, -fa on, -ub 512,
# weights loaded without mmap), zero-weight files of real shapes. Output: CSV lines from llama-bench.
set -u
B=/tmp/llama.cpp/build/bin/llama-bench
F=/tmp/mfiles
out=/tmp/measure/bench
mkdir -p $out
run() { # name, args...
  local name=$1; shift
  echo "== $name: $*" >&2
  flock /tmp/cpu.lock $B "$@" -t 2 -fa on -ub 512 -lm none -o csv > $out/$name.csv 2> $out/$name.err
}
# decode at depth 0 and 2048 with f16 and q8_0 KV (1B, 3B); depth 0 only for 8B
for m in llama3.2-1b-Q4_K_M llama3.2-1b-Q8_0 llama3.2-1b-IQ3_M llama3.2-3b-Q4_K_M llama3.2-3b-IQ3_M; do
  run tg-$m -m $F/$m.gguf -p 0 -n 48 -d 0,2048 -ctk f16 -ctv f16 -r 2
  run tgq8-$m -m $F/$m.gguf -p 0 -n 48 -d 0,2048 -ctk q8_0 -ctv q8_0 -r 2
done
for m in llama3.1-8b-Q4_K_M llama3.1-8b-Q8_0 llama3.1-8b-IQ3_M llama3.1-8b-Q6_K llama3.2-3b-Q8_0 llama3.2-1b-F16; do
  run tg-$m -m $F/$m.gguf -p 0 -n 32 -d 0 -ctk f16 -ctv f16 -r 2
done
# prefill pp512 (f16 KV)
for m in llama3.2-1b-Q4_K_M llama3.2-1b-IQ3_M llama3.2-3b-Q4_K_M llama3.1-8b-Q4_K_M llama3.1-8b-IQ3_M; do
  run pp-$m -m $F/$m.gguf -p 512 -n 0 -ctk f16 -ctv f16 -r 2
done
echo done >&2
