# if, for, while and until at the prompt, run by the same interpreter as a container's sh.
# The output is bash 5.2's on the same lines (bash prompt-compound.sh).
for i in 1 "2 3" 4; do echo "item $i"; done
X=5
if [ "$X" -gt 3 ]; then echo big; elif [ "$X" -eq 3 ]; then echo three; else echo small; fi
if [ "$X" = 4 ]; then echo four; else echo "not four"; fi
if ! false; then echo negated; fi
s=
while [ "$s" != xxx ]; do s="${s}x"; echo "s=$s"; done
until [ "$s" = "" ]; do echo "until $s"; s=; done
for f in a b
do
  echo "file $f" > "$f.txt"
done
cat a.txt b.txt
for w in one three; do
  if [ "$w" = one ]; then
    echo "$w is first"
  else
    echo "$w" | wc -c
  fi
done
for v in $(echo p q); do printf '%s-' "$v"; done; echo
for i in 1 2; do echo "loop $i"; done > loop.txt; cat loop.txt
count=0
for i in x y z; do count="$count$i"; done; echo "$count"
while false; do echo never; done; echo "status $?"
for f in deploy.yaml svc.yml notes; do
  case "$f" in
    *.yaml|*.yml) echo "$f: manifest" ;;
    *) echo "$f: other" ;;
  esac
done
(count=inner; echo "in $count"); echo "out $count"
