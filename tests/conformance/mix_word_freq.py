from collections import Counter
c = Counter(" ".join(["the cat sat", "on the mat", "the end"]).split())
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w} {n}")
